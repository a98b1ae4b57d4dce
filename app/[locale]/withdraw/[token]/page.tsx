import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { withdrawPledgeAction } from "@/app/[locale]/token-actions";
import { SimplePage } from "@/components/layout/simple-page";
import { TokenActionForm } from "@/components/pledge/token-action-form";
import { pageLocale } from "@/lib/i18n/page-locale";
import { inspectWithdrawalToken } from "@/lib/pledges/withdraw-pledge";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function WithdrawPage({ params, searchParams }: PageProps<"/[locale]/withdraw/[token]">) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const t = await getTranslations("withdraw");
  const tErrors = await getTranslations("pledgeForm.errors");
  const state = await inspectWithdrawalToken(token);
  const justWithdrawn = (await searchParams).result === "withdrawn" && state === "already-withdrawn";

  return (
    <SimplePage locale={locale} path={`/withdraw/${token}`} title={t("title")}>
      {state === "ready" ? (
        <>
          <p>{t("explain")}</p>
          <TokenActionForm
            action={withdrawPledgeAction}
            token={token}
            locale={locale}
            buttonLabel={t("button")}
            buttonTone="danger"
            failure={{ unavailable: tErrors("unavailable"), unexpected: tErrors("unexpected") }}
          />
        </>
      ) : (
        <p role="status" className={justWithdrawn ? "rounded-lg border-2 border-emerald-700 bg-emerald-50 p-4 font-semibold" : undefined}>
          {justWithdrawn ? t("withdrawn") : t(state === "already-withdrawn" ? "alreadyWithdrawn" : state)}
        </p>
      )}
      <p>
        <a href={`/${locale}`} className="underline">
          {t("backHome")}
        </a>
      </p>
    </SimplePage>
  );
}
