import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { applyDecision } from "./apply-decision";
import { handledStateOf } from "./handled-state-of";
import type { HandledState } from "./message-handled";
import { rejectionOf, type ModerateMessageInput } from "./moderation-schemas";

export type ModerationResult = { ok: true } | { ok: false; handled: HandledState };

/**
 * Approves, rejects, features or unfeatures one message, if it is still as the moderator saw it.
 * Otherwise nothing changes and the answer says who handled it and when (the loser of a race
 * between two moderators sees "already approved by … at …").
 */
export async function moderateMessage(actor: Actor, campaignId: string, input: ModerateMessageInput): Promise<ModerationResult> {
  authorise(actor, "MODERATOR", campaignId);
  return db().$transaction(async (tx) => {
    const applied = await applyDecision(tx, actor, campaignId, {
      pledgeId: input.pledgeId,
      decision: input.decision,
      seen: input.seen,
      rejection: input.decision === "reject" ? rejectionOf(input.rejectReason, input.rejectNote) : null,
    });
    return applied ? ({ ok: true } as const) : ({ ok: false, handled: await handledStateOf(tx, campaignId, input.pledgeId) } as const);
  });
}

/** The current state of one message, for the page a moderator without JavaScript lands on after losing a race. */
export async function readHandledState(actor: Actor, campaignId: string, pledgeId: string): Promise<HandledState> {
  authorise(actor, "MODERATOR", campaignId);
  return handledStateOf(db(), campaignId, pledgeId);
}
