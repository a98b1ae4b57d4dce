import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { z } from "zod";
import { accessibleCampaigns, chooseAdminCampaign, type AccessibleCampaign } from "@/lib/campaigns/accessible-campaigns";
import { ADMIN_CAMPAIGN_COOKIE } from "@/lib/campaigns/admin-campaign-cookie";
import { serverEnv } from "@/lib/env";
import type { Organiser } from "./actor";
import { auth } from "./auth";
import { ORGANISER_ROLES } from "./roles";

// What our session callback (lib/auth/auth.ts) puts in the session, checked rather than assumed.
// `role` is the instance role: null for an organiser with roles in some campaigns only.
const sessionUser = z.object({ id: z.string().min(1), email: z.string().min(1), role: z.enum(ORGANISER_ROLES).nullable() });

/** The switcher's choice; outside a request (tests, scripts) there is none: the default applies. */
async function wantedCampaignSlug(): Promise<string | undefined> {
  try {
    return (await cookies()).get(ADMIN_CAMPAIGN_COOKIE)?.value;
  } catch {
    return undefined;
  }
}

interface SignedInOrganiser {
  organiser: Organiser;
  /** Null only on an instance without any campaign yet (before `npm run db:seed`). */
  campaign: AccessibleCampaign | null;
  campaigns: AccessibleCampaign[];
}

/**
 * The signed-in organiser with the campaign they work on and every campaign they may open, or
 * null. One session lookup per request (React `cache`). Roles and removal are read from the
 * database on every request, so a change takes effect on the organiser's next click. An organiser
 * with roles in some campaigns only, none of which exists any more, is treated as signed out:
 * there is nothing they may see. On an instance with no campaign yet, an instance role holds as is.
 */
export const signedInOrganiser = cache(async (): Promise<SignedInOrganiser | null> => {
  const session = await auth();
  const parsed = sessionUser.safeParse(session?.user);
  if (!parsed.success) return null;
  const { id, email, role: instanceRole } = parsed.data;
  const campaigns = await accessibleCampaigns(id, instanceRole);
  const campaign = chooseAdminCampaign(campaigns, await wantedCampaignSlug(), serverEnv().CAMPAIGN_SLUG);
  if (!campaign) return instanceRole ? { organiser: { kind: "organiser", id, email, role: instanceRole, instanceRole }, campaign: null, campaigns } : null;
  return { organiser: { kind: "organiser", id, email, role: campaign.role, campaignId: campaign.id, instanceRole }, campaign, campaigns };
});

/** The signed-in organiser acting in the admin area's campaign (with their role there), or null. */
export const currentOrganiser = cache(async (): Promise<Organiser | null> => (await signedInOrganiser())?.organiser ?? null);
