// Client-safe: why the rules held a message, as stored in Pledge.messageHeldReason (comma-separated
// codes, stable strings: add new ones rather than renaming) and as the queue shows them.
export const HELD_REASONS = ["link", "email", "phone", "blocked_word", "repeated_characters", "duplicate"] as const;

export type HeldReason = (typeof HELD_REASONS)[number];

export function isHeldReason(value: unknown): value is HeldReason {
  return typeof value === "string" && (HELD_REASONS as readonly string[]).includes(value);
}

/** "link,phone" → ["link", "phone"]; unknown codes (from a newer version) are dropped. */
export function parseHeldReasons(stored: string | null | undefined): HeldReason[] {
  return (stored ?? "").split(",").map((code) => code.trim()).filter(isHeldReason);
}
