import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { confirmPledgeAction } from "@/app/[locale]/token-actions";
import { SimplePage } from "@/components/layout/simple-page";
import { TokenActionForm } from "@/components/pledge/token-action-form";
import { pageLocale } from "@/lib/i18n/page-locale";
import { inspectConfirmationToken } from "@/lib/pledges/confirm-pledge";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function ConfirmPage({ params, searchParams }: PageProps<"/[locale]/confirm/[token]">) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const t = await getTranslations("confirm");
  const tErrors = await getTranslations("pledgeForm.errors");
  const state = await inspectConfirmationToken(token);
  // Right after the button: thank them, but only if the link's state agrees.
  const justConfirmed = (await searchParams).result === "confirmed" && state === "already-confirmed";
  // The language switcher keeps the token: a supporter may prefer another language.
  const path = `/confirm/${token}`;

  return (
    <SimplePage locale={locale} path={path} title={t("title")}>
      {state === "ready" ? (
        <>
          <p>{t("ready")}</p>
          <TokenActionForm
            action={confirmPledgeAction}
            token={token}
            locale={locale}
            buttonLabel={t("button")}
            failure={{ unavailable: tErrors("unavailable"), unexpected: tErrors("unexpected") }}
          />
        </>
      ) : (
        <p role="status" className={justConfirmed ? "rounded-lg border-2 border-emerald-700 bg-emerald-50 p-4 font-semibold" : undefined}>
          {justConfirmed ? t("confirmed") : t(state === "already-confirmed" ? "alreadyConfirmed" : state)}
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
