// Client-safe: what a moderation action tells the queue, carried in FormState.outcome (a string,
// the one shape every form action returns).
import type { HandledState } from "./message-handled";

export type ModerationOutcome =
  | { kind: "applied" }
  | { kind: "handled"; handled: HandledState }
  | { kind: "bulk"; applied: number; alreadyHandled: number };

export function encodeOutcome(outcome: ModerationOutcome): string {
  return JSON.stringify(outcome);
}

export function decodeOutcome(outcome: string | undefined): ModerationOutcome | null {
  if (!outcome) return null;
  try {
    const parsed = JSON.parse(outcome) as ModerationOutcome;
    return parsed && typeof parsed === "object" && "kind" in parsed ? parsed : null;
  } catch {
    return null;
  }
}
