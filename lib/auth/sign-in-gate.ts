import "server-only";
import { findActiveOrganiser } from "./find-active-organiser";
import { normaliseOrganiserEmail } from "./organiser-email";
import { recordSignInAttempt } from "./record-sign-in-attempt";

/** Exactly where Auth.js redirects after sending a link, so a refusal is indistinguishable from it. */
export const VERIFY_REQUEST_PATH = "/api/auth/verify-request?provider=email&type=email";

interface SignInCheck {
  user: { email?: string | null };
  email?: { verificationRequest?: boolean };
}

/**
 * Auth.js's signIn callback, asked twice per sign-in: when a link is requested and when it comes
 * back. It runs for our sign-in page and for direct POSTs to /api/auth/signin/email alike.
 *
 * - Link requested: only an active organiser within the rate limit gets one. Anyone else gets
 *   the same redirect as if a link had been sent, and nothing is sent: the answer never tells
 *   who is an organiser.
 * - Link used: the organiser must still be active (they may have been removed meanwhile).
 */
export async function signInGate({ user, email }: SignInCheck): Promise<boolean | string> {
  const address = normaliseOrganiserEmail(user.email ?? "");
  if (email?.verificationRequest) {
    const withinLimit = await recordSignInAttempt(address);
    // Looked up even when over the limit, so both answers take the same path through the database.
    const organiser = await findActiveOrganiser(address);
    return withinLimit && organiser ? true : VERIFY_REQUEST_PATH;
  }
  return (await findActiveOrganiser(address)) !== null;
}
