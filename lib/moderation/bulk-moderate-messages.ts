import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { applyDecision } from "./apply-decision";
import { rejectionOf, type BulkModerateInput } from "./moderation-schemas";

/**
 * Approves or rejects the ticked waiting messages in one transaction, each with its own
 * conditional update and audit entry. Messages another moderator handled meanwhile are skipped
 * and counted, never overwritten.
 */
export async function bulkModerateMessages(actor: Actor, campaignId: string, input: BulkModerateInput): Promise<{ applied: number; alreadyHandled: number }> {
  authorise(actor, "MODERATOR", campaignId);
  const rejection = input.decision === "reject" ? rejectionOf(input.rejectReason, input.rejectNote) : null;
  // One order for every transaction: two overlapping bulk actions then queue on the rows' locks
  // instead of deadlocking.
  const pledgeIds = [...new Set(input.pledgeIds)].sort();
  return db().$transaction(async (tx) => {
    let applied = 0;
    for (const pledgeId of pledgeIds) {
      if (await applyDecision(tx, actor, campaignId, { pledgeId, decision: input.decision, seen: "open", rejection })) applied += 1;
    }
    return { applied, alreadyHandled: pledgeIds.length - applied };
  });
}
