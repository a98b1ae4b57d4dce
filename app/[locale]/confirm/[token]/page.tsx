import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { confirmPledgeAction } from "@/app/[locale]/token-actions";
import { EmailedLinkPage } from "@/components/pledge/emailed-link-page";
import { NextSteps } from "@/components/pledge/next-steps";
import { TokenActionForm } from "@/components/pledge/token-action-form";
import { ReceiptBlock } from "@/components/transparency/receipt-block";
import { pageLocale } from "@/lib/i18n/page-locale";
import { emailedLinkMetadata } from "@/lib/seo/page-metadata";
import { otherCampaignOfConfirmation } from "@/lib/pledges/campaign-of-confirmation";
import { inspectConfirmationToken } from "@/lib/pledges/confirm-pledge";
import { readReceiptForConfirmationLink } from "@/lib/transparency/read-receipt";

export async function generateMetadata({ params }: PageProps<"/[locale]/confirm/[token]">): Promise<Metadata> {
  return emailedLinkMetadata((await params).locale, "confirm");
}

export default async function ConfirmPage({ params, searchParams }: PageProps<"/[locale]/confirm/[token]">) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const t = await getTranslations("confirm");
  const tErrors = await getTranslations("pledgeForm.errors");
  const state = await inspectConfirmationToken(token);
  const result = (await searchParams).result;
  // Right after the button: thank them, but only if the link's state agrees.
  // Counted or held for review, every confirmation reads the same (ADR 0029).
  const justConfirmed = result === "confirmed" && state === "already-confirmed";
  const ready = state === "ready";
  // The link is the supporter's own (only their mailbox has it): it may show their receipt.
  const receipt = state === "already-confirmed" ? await readReceiptForConfirmationLink(token) : null;
  // A pledge for another campaign than the default: its next steps stay in that campaign (ADR 0054).
  const campaign = state === "already-confirmed" ? await otherCampaignOfConfirmation(token) : null;
  const outcome = justConfirmed ? t("confirmed") : state === "already-confirmed" ? t("alreadyConfirmed") : ready ? "" : t(state);

  return (
    <EmailedLinkPage
      locale={locale}
      // The language switcher keeps the token: a supporter may prefer another language.
      path={`/confirm/${token}`}
      title={t("title")}
      outcome={outcome}
      justDone={justConfirmed}
      backHome={t("backHome")}
      // Confirmed (counted or held for review, ADR 0029): the pledge is in, so offer what comes next.
      after={
        state === "already-confirmed" ? (
          <>
            {receipt ? <ReceiptBlock locale={locale} code={receipt} /> : null}
            <NextSteps locale={locale} moment="confirmed" headingLevel={2} campaign={campaign ?? undefined} />
          </>
        ) : null
      }
      action={
        ready ? (
          <>
            <p>{t("ready")}</p>
            <TokenActionForm
              action={confirmPledgeAction}
              token={token}
              locale={locale}
              buttonLabel={t("button")}
              failure={{ unavailable: tErrors("unavailable"), unexpected: tErrors("unexpected"), rate_limited: tErrors("rate_limited") }}
            />
          </>
        ) : null
      }
    />
  );
}
