// Client-safe: reads an audit entry's stored `details` (JSON of whatever shape the code that wrote
// it used, then or now) without trusting it. The log page turns these into sentences; a key that
// is missing or of another type makes the page fall back to a generic sentence, never an error.
import { REJECT_REASONS, type RejectReason } from "@/lib/moderation/moderation-schemas";

export type Details = Record<string, unknown>;

export function detailsOf(value: unknown): Details {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Details) : {};
}

export function textOf(details: Details, key: string): string | undefined {
  const value = details[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function countOf(details: Details, key: string): number | undefined {
  const value = details[key];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

const isRejectReason = (value: unknown): value is RejectReason => typeof value === "string" && (REJECT_REASONS as readonly string[]).includes(value);

/**
 * Why a message was rejected: a reason code and the moderator's note. Older entries store one
 * string ("spam", "spam: note" or, for "other", the note alone); newer ones may keep the code and
 * the note apart (`reasonCode`/`code` and `note`). Both read the same.
 */
export function rejectReasonOf(details: Details): { code?: RejectReason; note?: string } {
  const note = textOf(details, "note");
  const separate = [details.reasonCode, details.code, details.reason].find(isRejectReason);
  if (separate) return { code: separate, ...(note ? { note } : {}) };
  const stored = textOf(details, "reason");
  if (!stored) return note ? { note } : {};
  const [head, ...rest] = stored.split(": ");
  if (isRejectReason(head) && rest.length > 0) return { code: head, note: rest.join(": ") };
  return { note: stored };
}

/** "3f2a9c1e": enough of a pledge's id to tell it apart in the log and find it again. */
export function shortId(id: string): string {
  return `#${id.replace(/-/g, "").slice(0, 8)}`;
}
