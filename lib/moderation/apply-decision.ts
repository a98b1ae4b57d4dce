import "server-only";
import { auditActorOf, type Actor } from "@/lib/auth/actor";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import type { MessageStatus, Prisma } from "@/lib/db/generated/client";
import { ValidationError } from "@/lib/errors";
import { recordWebhookEvent } from "@/lib/webhooks/record-webhook-event";
import type { ModerationDecision, Rejection, SeenState } from "./moderation-schemas";

const auditActions = {
  approve: "message.approve",
  reject: "message.reject",
  feature: "message.feature",
  unfeature: "message.unfeature",
} as const;

const statusesOf: Record<SeenState, MessageStatus[]> = { open: ["PENDING", "HELD"], APPROVED: ["APPROVED"], REJECTED: ["REJECTED"] };

// Which decisions make sense from which state. Anything else is a form someone built by hand.
const allowedFrom: Record<ModerationDecision, SeenState[]> = {
  approve: ["open", "REJECTED"],
  reject: ["open", "APPROVED"],
  feature: ["open", "APPROVED"],
  unfeature: ["APPROVED"],
};

export interface Decision {
  pledgeId: string;
  decision: ModerationDecision;
  seen: SeenState;
  rejection: Rejection | null;
}

/**
 * Applies one decision if, and only if, the message is still in the state the moderator saw: a
 * conditional UPDATE, so of two moderators acting at once exactly one changes the row and the
 * other's update matches nothing (docs/decisions/0010-…). Writes the audit entry in `tx`.
 * Returns false when the message had already changed (or is gone).
 */
export async function applyDecision(tx: Prisma.TransactionClient, actor: Actor, campaignId: string, input: Decision): Promise<boolean> {
  if (!allowedFrom[input.decision].includes(input.seen)) throw new ValidationError({ decision: ["decisionInvalid"] });
  const now = new Date();
  const where: Prisma.PledgeWhereInput = {
    id: input.pledgeId,
    campaignId,
    message: { not: null },
    messageStatus: { in: statusesOf[input.seen] },
    ...(input.decision === "feature" ? { messageFeatured: false } : input.decision === "unfeature" ? { messageFeatured: true } : {}),
  };
  const auditActor = auditActorOf(actor);
  const moderated = { messageModeratedBy: auditActor.actorLabel, messageModeratedAt: now };
  const data: Prisma.PledgeUpdateManyMutationInput =
    input.decision === "reject"
      ? { ...moderated, messageStatus: "REJECTED", messageFeatured: false, messageRejectReason: input.rejection?.text ?? null }
      : input.decision === "unfeature"
        ? { ...moderated, messageFeatured: false }
        : { ...moderated, messageStatus: "APPROVED", messageFeatured: input.decision === "feature", messageRejectReason: null };
  const { count } = await tx.pledge.updateMany({ where, data });
  if (count === 0) return false;
  // A message newly on the wall (approved or featured from the queue, or approved after a
  // rejection) is news for organisers' webhooks; (un)featuring an approved one is not.
  if (input.decision === "approve" || (input.decision === "feature" && input.seen !== "APPROVED")) {
    await recordWebhookEvent(tx, { campaignId, type: "message.approved", pledgeId: input.pledgeId, occurredAt: now });
  }
  await recordAuditEntry(tx, {
    actor: auditActor,
    action: auditActions[input.decision],
    target: { type: "pledge", id: input.pledgeId },
    // The reason's code only: the moderator's own words stay on the pledge, which can be erased.
    details: { from: input.seen, ...(input.rejection ? { reason: input.rejection.code } : {}) },
  });
  return true;
}
