import "server-only";
import { getAdminTranslator } from "@/lib/i18n/admin-i18n";
import type { Locale } from "@/lib/i18n/routing";
import type { MailMessage } from "@/lib/mail/mail-message";
import { renderHtml, renderText, type EmailBody } from "@/lib/mail/templates/email-layout";

// In the organiser's language when the request that asked for it said so (the admin language
// cookie, else Accept-Language: lib/auth/send-sign-in-link.ts), English otherwise. It goes
// through the same layout as supporters' emails.

export interface SignInEmailInput {
  to: string;
  /** Our own page that shows the "Sign in" button (never the token-spending URL itself). */
  link: string;
  minutesValid: number;
  locale?: Locale;
}

export async function renderSignInEmail({ to, link, minutesValid, locale = "en" }: SignInEmailInput): Promise<MailMessage> {
  const t = await getAdminTranslator("adminEmail", locale);
  const body: EmailBody = {
    locale,
    greeting: t("greeting"),
    paragraphs: [t("asked"), t("works", { minutes: minutesValid }), t("ignore")],
    action: { label: t("action"), url: link },
    footer: [t("footer")],
  };
  return { to, subject: t("subject"), text: renderText(body), html: renderHtml(body), locale };
}
