import "server-only";
import { cache } from "react";
import { signedInOrganiser } from "@/lib/auth/current-organiser";
import { db } from "@/lib/db/client";
import { NotFoundError, UnauthorizedError } from "@/lib/errors";
import { publicCampaignSelect, type PublicCampaign } from "./get-current-campaign";

/**
 * The campaign the admin area works on for the signed-in organiser: the one chosen with the
 * header's switcher (a cookie) if they have a role in it, else the default campaign
 * (CAMPAIGN_SLUG) if they have one there, else the first they have one in. Every admin page,
 * action and route acts on this campaign, never on getCurrentCampaign() (the public site's
 * default); the organiser requireOrganiser() returns is bound to the same campaign, so data
 * functions refuse any other (lib/auth/actor.ts authorise()). Throws UnauthorizedError when
 * nobody is signed in, NotFoundError on an instance without any campaign. docs/decisions/0054-several-campaigns-one-instance.md.
 */
export const getAdminCampaign = cache(async (): Promise<PublicCampaign> => {
  const signedIn = await signedInOrganiser();
  if (!signedIn) throw new UnauthorizedError("sign-in required");
  if (!signedIn.campaign) throw new NotFoundError("no campaign exists yet; run npm run db:seed");
  return db().campaign.findUniqueOrThrow({ where: { id: signedIn.campaign.id }, select: publicCampaignSelect });
});
