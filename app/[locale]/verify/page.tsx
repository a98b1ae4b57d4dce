import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SimplePage } from "@/components/layout/simple-page";
import { VerifyReceipt } from "@/components/transparency/verify-receipt";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/verify">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "verify.meta" });
  return { title: t("title"), ...(await socialMetadata(locale, { title: t("title"), description: t("description"), path: "/verify" })) };
}

// A supporter checks their receipt against the transparency log (docs/decisions/0046-…). The
// check runs in the browser (components/transparency/verify-receipt.tsx): the code is hashed
// there and never sent, and the proof and signature are verified there, not taken on our word.
export default async function VerifyPage({ params }: PageProps<"/[locale]/verify">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("verify");
  return (
    <SimplePage locale={locale} path="/verify" title={t("title")}>
      <p>{t("intro")}</p>
      <noscript>
        <p className="rounded-lg border-2 border-amber-700 bg-amber-50 p-4">{t("noScript")}</p>
      </noscript>
      <VerifyReceipt />
      <p>
        <a href={`/${locale}/stats/methodology`} className="font-semibold text-blue-900 underline">
          {t("methodology")}
        </a>
      </p>
    </SimplePage>
  );
}
