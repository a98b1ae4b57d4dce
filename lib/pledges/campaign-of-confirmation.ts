import "server-only";
import { serverEnv } from "@/lib/env";
import { db } from "@/lib/db/client";
import { findPledgeToken } from "./pledge-tokens";

/**
 * The campaign a confirmation link's pledge belongs to, when it is not the site's default one,
 * so the confirmed page's next steps lead back to that campaign's pages (ADR 0054). Null for the
 * default campaign and for links that name nothing.
 */
export async function otherCampaignOfConfirmation(token: string): Promise<{ slug: string; title: string } | null> {
  const found = await findPledgeToken(token, "CONFIRM");
  if (!found) return null;
  const campaign = await db().campaign.findUnique({ where: { id: found.pledge.campaignId }, select: { slug: true, title: true } });
  return campaign && campaign.slug !== serverEnv().CAMPAIGN_SLUG ? campaign : null;
}
