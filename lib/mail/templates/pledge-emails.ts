import "server-only";
// use-intl/core, not next-intl: this also runs in `npm run worker` (react-server conditions, no React client APIs).
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/lib/i18n/load-messages";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";
import type { MailMessage } from "../mail-message";
import { renderHtml, renderText, type EmailBody } from "./email-layout";

export type PledgeEmailKind = "confirm" | "already-signed";

type Translate = (key: string, values?: Record<string, string | number>) => string;

interface PledgeEmailInput {
  kind: PledgeEmailKind;
  locale: string;
  to: string;
  siteUrl: string;
  confirmUrl?: string;
  /** Absent when the supporter already holds a valid withdrawal link from an earlier email. */
  withdrawUrl?: string;
}

/**
 * The email a supporter receives after signing, in the language they signed in. It carries
 * nothing the sender typed (not even the name): whoever enters someone else's address must not
 * be able to put words in an email from us (issue #13).
 */
export async function renderPledgeEmail(input: PledgeEmailInput): Promise<MailMessage> {
  const locale: Locale = isLocale(input.locale) ? input.locale : routing.defaultLocale;
  // Messages are loaded at run time, so their keys are not known to the type checker here;
  // lib/i18n/messages.test.ts checks that every locale has every key.
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "emails" }) as unknown as Translate;
  const withdraw = input.withdrawUrl ? t("footer.withdraw", { url: input.withdrawUrl }) : t("footer.withdrawEarlierLink");
  const footer = [withdraw, t("footer.privacy", { url: `${input.siteUrl}/${locale}/privacy` })];
  const greeting = t("greeting");

  const body: EmailBody =
    input.kind === "confirm"
      ? {
          locale,
          greeting,
          paragraphs: [t("confirm.intro"), t("confirm.expiry"), t("confirm.notYou")],
          action: { label: t("confirm.action"), url: input.confirmUrl ?? "" },
          footer,
        }
      : {
          locale,
          greeting,
          paragraphs: [t("alreadySigned.intro"), t("alreadySigned.nothingChanged"), t("alreadySigned.notYou")],
          footer,
        };
  if (input.kind === "confirm" && !input.confirmUrl) throw new Error("a confirmation email needs its link");

  const subject = input.kind === "confirm" ? t("confirm.subject") : t("alreadySigned.subject");
  return { to: input.to, subject, text: renderText(body), html: renderHtml(body), locale };
}
