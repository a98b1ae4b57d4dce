import "server-only";
import { db } from "@/lib/db/client";

// Stand-in until the fraud tools' lib/fraud/ version is merged (the lead reconciles the two):
// a source is flagged when it confirmed more pledges in the last hour than the campaign's
// anomaly threshold allows.
export async function isSourceFlagged(
  campaignId: string,
  source: { networkHash?: string | null; emailDomain?: string | null },
  now = new Date(),
): Promise<boolean> {
  const campaign = await db().campaign.findUnique({ where: { id: campaignId }, select: { anomalyThreshold: true } });
  if (!campaign) return false;
  const since = new Date(now.getTime() - 60 * 60 * 1000);
  for (const [column, value] of [["networkHash", source.networkHash], ["emailDomain", source.emailDomain]] as const) {
    if (!value) continue;
    const confirmed = await db().pledge.count({ where: { campaignId, [column]: value, confirmedAt: { gte: since } } });
    if (confirmed > campaign.anomalyThreshold) return true;
  }
  return false;
}
