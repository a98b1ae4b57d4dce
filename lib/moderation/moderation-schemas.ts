// Client-safe: the inputs of the moderation actions, shared by the queue (browser) and the server.
import { z } from "zod";

export const MODERATION_DECISIONS = ["approve", "reject", "feature", "unfeature"] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

/** What the moderator saw when they acted: "open" is PENDING or HELD (both wait for a decision). */
export const SEEN_STATES = ["open", "APPROVED", "REJECTED"] as const;
export type SeenState = (typeof SEEN_STATES)[number];

export const REJECT_REASONS = ["spam", "abusive", "personal_data", "off_topic", "unsafe", "other"] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const REJECT_NOTE_MAX = 200;

const reasonFields = {
  // An unchosen <select> posts "": the same as no reason.
  rejectReason: z.preprocess((value) => (value === "" ? undefined : value), z.enum(REJECT_REASONS, { error: "rejectReasonInvalid" }).optional()),
  rejectNote: z
    .string()
    .optional()
    .transform((value) => (value ?? "").normalize("NFC").trim())
    .pipe(z.string().max(REJECT_NOTE_MAX, { error: "rejectNoteTooLong" })),
};

// A rejection needs a reason; "other" needs the moderator's own words.
function checkReason(input: { decision: ModerationDecision; rejectReason?: RejectReason; rejectNote: string }, context: z.RefinementCtx) {
  if (input.decision !== "reject") return;
  if (!input.rejectReason) context.addIssue({ code: "custom", path: ["rejectReason"], message: "rejectReasonRequired" });
  else if (input.rejectReason === "other" && !input.rejectNote) context.addIssue({ code: "custom", path: ["rejectNote"], message: "rejectNoteRequired" });
}

export const moderateMessageSchema = z
  .object({
    pledgeId: z.uuid({ error: "messageUnknown" }),
    decision: z.enum(MODERATION_DECISIONS, { error: "decisionInvalid" }),
    seen: z.enum(SEEN_STATES, { error: "decisionInvalid" }).default("open"),
    ...reasonFields,
  })
  .superRefine(checkReason);

export type ModerateMessageInput = z.output<typeof moderateMessageSchema>;

export const BULK_LIMIT = 100;

export const bulkModerateSchema = z
  .object({
    decision: z.enum(["approve", "reject"], { error: "decisionInvalid" }),
    ...reasonFields,
  })
  .superRefine(checkReason);

/** The ticked messages: the checkboxes share one name, so the server reads them with getAll(). */
export const bulkPledgeIdsSchema = z.array(z.uuid()).min(1, { error: "selectionEmpty" }).max(BULK_LIMIT, { error: "selectionTooLarge" });

export type BulkModerateInput = z.output<typeof bulkModerateSchema> & { pledgeIds: string[] };

/**
 * A rejection as stored. `code` (one of REJECT_REASONS) is all the append-only audit log gets;
 * `text` — the code, "code: the moderator's words", or only the words for "other" — stays on the
 * pledge, where withdrawal and retention erase it: a note may describe the person who wrote the
 * message (docs/decisions/0030-…).
 */
export interface Rejection {
  code: RejectReason;
  text: string;
}

export function rejectionOf(reason: RejectReason | undefined, note: string): Rejection | null {
  if (!reason) return null;
  return { code: reason, text: reason === "other" ? note : note ? `${reason}: ${note}` : reason };
}
