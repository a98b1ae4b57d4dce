import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { milestonesCrossed } from "./milestones";
import { recordWebhookEvent } from "./record-webhook-event";

/**
 * Called by the aggregator, in its tick's transaction, with each campaign's published total
 * before and after the tick: a milestone the total rose past is stored once (its primary key) and
 * reported once. A total that falls back and rises again reports nothing new. Sensitive countries
 * move the total only in coarse, randomly timed steps, so a milestone says nothing about one person.
 */
export async function recordMilestones(tx: Prisma.TransactionClient, states: { campaignId: string; previousTotal: number; total: number }[], now = new Date()): Promise<void> {
  for (const state of states) {
    if (state.total <= state.previousTotal) continue;
    const campaign = await tx.campaign.findUnique({ where: { id: state.campaignId }, select: { goal: true } });
    for (const milestone of milestonesCrossed(state.previousTotal, state.total, campaign?.goal ?? null)) {
      const inserted = await tx.$executeRaw`
        INSERT INTO "WebhookMilestone" ("campaignId", "milestone", "reachedAt") VALUES (${state.campaignId}::uuid, ${milestone}, ${now})
        ON CONFLICT DO NOTHING`;
      if (inserted === 1) await recordWebhookEvent(tx, { campaignId: state.campaignId, type: "count.milestone", data: { milestone, total: state.total }, occurredAt: now });
    }
  }
}
