import "server-only";
import { RateLimitedError } from "@/lib/errors";
import { hitRateLimit } from "./hit-rate-limit";

// Confirmation and withdrawal buttons, and organiser sign-in requests, per network. Tokens are
// 256-bit random, so guessing is hopeless anyway: these limits stop floods that load the
// database. Generous enough for a household or an office confirming together.
export const LINK_ACTION_LIMIT = { limit: 60, windowSeconds: 600 } as const;
export const SIGN_IN_NETWORK_LIMIT = { limit: 20, windowSeconds: 900 } as const;

export type LimitedAction = "confirm" | "withdraw" | "sign-in";

/** Throws RateLimitedError ("too many attempts, try again in a few minutes") over the limit. */
export async function limitByNetwork(action: LimitedAction, networkHash: string, now = new Date()): Promise<void> {
  const rule = action === "sign-in" ? SIGN_IN_NETWORK_LIMIT : LINK_ACTION_LIMIT;
  if (!(await hitRateLimit({ key: `${action}:net:${networkHash}`, ...rule }, now))) {
    throw new RateLimitedError(`${action}: too many attempts from one network`);
  }
}
