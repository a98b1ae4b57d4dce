import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { withdrawPledgeAction } from "@/app/[locale]/token-actions";
import { EmailedLinkPage } from "@/components/pledge/emailed-link-page";
import { TokenActionForm } from "@/components/pledge/token-action-form";
import { pageLocale } from "@/lib/i18n/page-locale";
import { emailedLinkMetadata } from "@/lib/seo/page-metadata";
import { inspectWithdrawalToken } from "@/lib/pledges/withdraw-pledge";

export async function generateMetadata({ params }: PageProps<"/[locale]/withdraw/[token]">): Promise<Metadata> {
  return emailedLinkMetadata((await params).locale, "withdraw");
}

export default async function WithdrawPage({ params, searchParams }: PageProps<"/[locale]/withdraw/[token]">) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const t = await getTranslations("withdraw");
  const tErrors = await getTranslations("pledgeForm.errors");
  const state = await inspectWithdrawalToken(token);
  const justWithdrawn = (await searchParams).result === "withdrawn" && state === "already-withdrawn";
  const outcome = justWithdrawn ? t("withdrawn") : state === "already-withdrawn" ? t("alreadyWithdrawn") : state === "ready" ? "" : t(state);

  return (
    <EmailedLinkPage
      locale={locale}
      path={`/withdraw/${token}`}
      title={t("title")}
      outcome={outcome}
      justDone={justWithdrawn}
      backHome={t("backHome")}
      action={
        state === "ready" ? (
          <>
            <p>{t("explain")}</p>
            <TokenActionForm
              action={withdrawPledgeAction}
              token={token}
              locale={locale}
              buttonLabel={t("button")}
              buttonTone="danger"
              failure={{ unavailable: tErrors("unavailable"), unexpected: tErrors("unexpected"), rate_limited: tErrors("rate_limited") }}
            />
          </>
        ) : null
      }
    />
  );
}
