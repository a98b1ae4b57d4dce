import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { findStatsSnapshot } from "@/lib/stats/snapshots/find-stats-snapshot";
import { takeStatsSnapshot } from "@/lib/stats/snapshots/take-stats-snapshot";
import { assemblePackContent } from "./assemble-pack-content";
import { renderDeliveryPack } from "./render-delivery-pack";

/**
 * Builds the pack now for an organiser to read (ADMIN only). It takes a real snapshot, as the
 * send will, so the preview cites figures anyone can look up; nothing is sent or stored besides.
 */
export async function previewDeliveryPack(actor: Actor, campaignId: string, locale: Locale): Promise<Buffer> {
  authorise(actor, "ADMIN", campaignId);
  const campaign = await db().campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { id: true, slug: true, title: true, sensitiveCountries: true } });
  const { id } = await takeStatsSnapshot(campaign.slug, "manual");
  return renderDeliveryPack(await assemblePackContent(campaign, await findStatsSnapshot(id, campaignId), locale), { compress: true });
}
