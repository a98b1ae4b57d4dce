// Client-safe: what the queue says for the moderation forms' error keys (English, like the rest
// of the admin area); anything else falls back to the admin area's shared messages.
import { messageFor } from "../../_components/form-messages";

const moderationMessages: Record<string, string> = {
  rejectReasonRequired: "Choose why the message is rejected.",
  rejectReasonInvalid: "Choose one of the listed reasons.",
  rejectNoteRequired: "Write the reason for rejecting (you chose “Other”).",
  rejectNoteTooLong: "Keep the reason under 200 characters.",
  decisionInvalid: "That action does not apply to this message any more. Reload the queue.",
  messageUnknown: "That message does not exist.",
  selectionEmpty: "Tick at least one message first (x ticks the selected one).",
  selectionTooLarge: "Tick at most 100 messages at a time.",
};

export function moderationMessageFor(key: string): string {
  return moderationMessages[key] ?? messageFor(key);
}

export const doneMessages: Record<string, string> = {
  approve: "Message approved.",
  reject: "Message rejected.",
  feature: "Message approved and featured.",
  unfeature: "Message no longer featured.",
};
