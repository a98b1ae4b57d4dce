import "server-only";
import { db } from "@/lib/db/client";
import type { PledgeStatus } from "@/lib/db/generated/enums";

// Only pledges whose email was confirmed count publicly (double opt-in).
export const PUBLICLY_COUNTED: PledgeStatus[] = ["CONFIRMED"];

export async function countPublicPledges(campaignId: string): Promise<number> {
  return db().pledge.count({ where: { campaignId, status: { in: PUBLICLY_COUNTED } } });
}
