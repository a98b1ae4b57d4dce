import "server-only";
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/lib/i18n/load-messages";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";
import { renderHtml, renderText, type EmailBody } from "@/lib/mail/templates/email-layout";
import type { MailMessage } from "@/lib/mail/mail-message";
import { primaryOrigin } from "@/lib/http/site-origins";
import { deliveryPagePath, snapshotPagePath } from "@/lib/campaigns/public-addresses";

type Translate = (key: string, values?: Record<string, string | number>) => string;

interface DeliveryEmailInput {
  locale: string;
  to: string;
  name: string;
  campaignTitle: string;
  /** Another campaign than the default (ADR 0054): its snapshot and delivery record live under its address. */
  campaignSlug?: string;
  snapshotId: string;
  rootHash: string | null;
}

/** The covering email for the pack, in the recipient's language; the PDF is attached by the job. */
export async function renderDeliveryEmail(input: DeliveryEmailInput): Promise<MailMessage> {
  const locale: Locale = isLocale(input.locale) ? input.locale : routing.defaultLocale;
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "delivery.email" }) as unknown as Translate;
  const site = primaryOrigin();
  const body: EmailBody = {
    locale,
    greeting: t("greeting", { name: input.name }),
    paragraphs: [t("intro", { title: input.campaignTitle }), t("proof", { root: input.rootHash ?? "—" })],
    action: { label: t("snapshotLink"), url: `${site}${snapshotPagePath(locale, input.snapshotId, input.campaignSlug)}` },
    footer: [t("footer", { url: `${site}${deliveryPagePath(locale, input.campaignSlug)}` })],
  };
  return { to: input.to, subject: t("subject", { title: input.campaignTitle }), text: renderText(body), html: renderHtml(body), locale };
}
