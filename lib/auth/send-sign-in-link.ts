import "server-only";
import type { EmailProviderSendVerificationRequestParams } from "next-auth/providers/email";
import { after } from "next/server";
import { serverEnv } from "@/lib/env";
import { getAdminLocale } from "@/lib/i18n/admin-i18n";
import type { Locale } from "@/lib/i18n/routing";
import { sendMail } from "@/lib/mail/send-mail";
import { safeAdminPath } from "./admin-path";
import { renderSignInEmail } from "./sign-in-email";

export const SIGN_IN_LINK_MINUTES = 15;

/**
 * Auth.js's sendVerificationRequest, through our mail path (SMTP_URL, or the development mailbox).
 *
 * - The link is built from APP_URL, never from the request: with trustHost, a forged Host header
 *   would otherwise put an attacker's domain around a valid token in an organiser's inbox.
 * - It opens /admin/sign-in/link, which only shows a button (docs/decisions/0007-…): mail scanners
 *   that fetch every link would otherwise spend the token, or sign themselves in.
 * - Sending happens after the response (next/server `after`): a request for an organiser's address
 *   then takes as long as one for a stranger's, and a mail outage cannot change the answer either.
 *   The token is not put in the job queue on purpose: no usable link is ever stored
 *   (docs/decisions/0006-…); a lost email costs the organiser one more request.
 */
export async function sendSignInLink({ identifier, token, url }: EmailProviderSendVerificationRequestParams): Promise<void> {
  const link = new URL("/admin/sign-in/link", serverEnv().APP_URL);
  link.searchParams.set("email", identifier);
  link.searchParams.set("token", token);
  // Auth.js has already checked callbackUrl against our redirect callback; keep only its path.
  const callbackUrl = new URL(url).searchParams.get("callbackUrl");
  const next = callbackUrl ? safeAdminPath(pathAndQuery(callbackUrl)) : "/admin";
  if (next !== "/admin") link.searchParams.set("next", next);
  const message = await renderSignInEmail({ to: identifier, link: link.href, minutesValid: SIGN_IN_LINK_MINUTES, locale: await requestersLocale() });
  after(async () => {
    try {
      await sendMail(message);
    } catch (error) {
      // Never log the message: it holds a usable link.
      console.error(`sign-in link could not be sent: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/**
 * The language of whoever asked, if this runs inside their request: the sign-in form posts from
 * /admin, so the admin language cookie comes with it (and Accept-Language always does). Outside
 * a request (tests, scripts) there is nobody to ask: English.
 */
async function requestersLocale(): Promise<Locale> {
  try {
    return await getAdminLocale();
  } catch {
    return "en";
  }
}

function pathAndQuery(href: string): string {
  const parsed = new URL(href, "http://placeholder.invalid");
  return `${parsed.pathname}${parsed.search}`;
}
