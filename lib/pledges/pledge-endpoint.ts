import type { FormState } from "@/lib/actions/form-state";

// Client-safe: the contract of POST /api/pledges, shared by the route and the form's client.

/** A pledge is a few kilobytes (a 500-character message, a proof of work); anything far larger is not one. */
export const PLEDGE_BODY_LIMIT_BYTES = 64 * 1024;

const failureStatus: Record<string, number> = { unavailable: 503, signing_closed: 409, rate_limited: 429 };

/** The HTTP status of an answer (the body is the form's state either way): for logs and monitoring. */
export function pledgeAnswerStatus(state: FormState<string>): number {
  if (state.status === "invalid") return 422;
  if (state.status === "failed") return failureStatus[state.formError ?? ""] ?? 500;
  return 200;
}
