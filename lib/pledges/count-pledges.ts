import "server-only";
import { db } from "@/lib/db/client";
import type { PledgeStatus } from "@/lib/db/generated/enums";

// Which pledges the public number includes. Until double opt-in lands (issue #3) a stored pledge
// counts as soon as it is made; afterwards only CONFIRMED ones will.
export const PUBLICLY_COUNTED: PledgeStatus[] = ["PENDING", "CONFIRMED"];

export async function countPublicPledges(campaignId: string): Promise<number> {
  return db().pledge.count({ where: { campaignId, status: { in: PUBLICLY_COUNTED } } });
}
