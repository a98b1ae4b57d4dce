import "server-only";
import type { MailMessage } from "@/lib/mail/mail-message";
import { renderHtml, renderText, type EmailBody } from "@/lib/mail/templates/email-layout";

// The admin area is English only for now (a small team), so is its email. It goes through the
// same layout as supporters' emails; when organisers' languages are added, this becomes a
// translator call like lib/mail/templates/pledge-emails.ts.

export interface SignInEmailInput {
  to: string;
  /** Our own page that shows the "Sign in" button (never the token-spending URL itself). */
  link: string;
  minutesValid: number;
}

export function renderSignInEmail({ to, link, minutesValid }: SignInEmailInput): MailMessage {
  const body: EmailBody = {
    locale: "en",
    greeting: "Hello,",
    paragraphs: [
      "Someone (hopefully you) asked to sign in to the organisers' area of Solidarity Pledge with this address.",
      `The link works once and for ${minutesValid} minutes. It opens a page with a "Sign in" button; nothing happens until you press it.`,
      "If you did not ask for this, ignore this email: nobody can sign in without the link.",
    ],
    action: { label: "Sign in to Solidarity Pledge", url: link },
    footer: ["You receive this because an admin listed this address as an organiser."],
  };
  return { to, subject: "Sign in to Solidarity Pledge", text: renderText(body), html: renderHtml(body), locale: "en" };
}
