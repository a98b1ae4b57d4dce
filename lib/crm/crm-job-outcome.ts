import type { OsdiAnswer } from "./post-person-signup";

/** Where the job is in the queue's retries: on the final one, "try again later" becomes a failure. */
export interface CrmJobAttempt {
  final: boolean;
}

/** Thrown after a retryable answer has been recorded, so graphile-worker retries with back-off. */
export class CrmUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CrmUnavailableError";
  }
}

/**
 * What one answer means for the push: accepted → pushed; refused (4xx but 429, a redirect) →
 * failed at once, since asking again gets the same answer; unavailable (5xx, 429, timeout,
 * network) → retried with the queue's back-off, until the last attempt, which records a failure
 * the backfill can pick up later.
 */
export function crmRequestOutcome(answer: OsdiAnswer, attempt: CrmJobAttempt): "pushed" | "retrying" | "failed" {
  if (answer.kind === "accepted") return "pushed";
  if (answer.kind === "unavailable" && !attempt.final) return "retrying";
  return "failed";
}
