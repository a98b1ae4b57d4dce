import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { serverEnv } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";

export const publicCampaignSelect = {
  id: true,
  slug: true,
  title: true,
  goal: true,
  status: true,
  signingOpen: true,
  countsFrozen: true,
  countsFrozenAt: true,
  sensitiveCountries: true,
  mapThreshold: true,
} as const;

/** The campaign CAMPAIGN_SLUG names, with the fields `select` asks for. */
export async function findCurrentCampaign<Select extends Prisma.CampaignSelect>(select: Select) {
  const slug = serverEnv().CAMPAIGN_SLUG;
  const campaign = await db().campaign.findUnique({ where: { slug }, select });
  if (!campaign) throw new NotFoundError(`campaign "${slug}" does not exist; run npm run db:seed`);
  return campaign;
}

/** The campaign the public site shows (CAMPAIGN_SLUG), once per request. */
export const getCurrentCampaign = cache(() => findCurrentCampaign(publicCampaignSelect));

export type PublicCampaign = Awaited<ReturnType<typeof getCurrentCampaign>>;
