import "server-only";
import { safeAdminPath } from "./admin-path";
import { signIn } from "./auth";

/**
 * Asks Auth.js for a sign-in link to `email`. Whether one is sent (organiser, not removed, within
 * the rate limit) is decided in the signIn callback (lib/auth/sign-in-gate.ts), which also covers
 * direct requests to /api/auth. The caller answers the same whatever happened.
 */
export async function requestSignInLink(email: string, callbackUrl?: string): Promise<void> {
  await signIn("email", { email, redirect: false, redirectTo: safeAdminPath(callbackUrl) });
}
