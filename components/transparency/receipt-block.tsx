import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

// The supporter's receipt on the confirmed page (docs/decisions/0046-…): the code, what it is
// for, and where to check it. A server component: the code is already in the HTML the
// supporter's own link returned; no script touches it.
export async function ReceiptBlock({ locale, code }: { locale: Locale; code: string }) {
  const t = await getTranslations({ locale, namespace: "confirm" });
  return (
    <section aria-labelledby="receipt-heading" className="space-y-3 rounded-lg border-2 border-slate-300 p-4" data-testid="receipt">
      <h2 id="receipt-heading" className="text-xl font-bold">
        {t("receiptHeading")}
      </h2>
      <p>{t("receiptIntro")}</p>
      <p>
        <code className="block break-all rounded bg-slate-100 p-3 font-mono text-base" data-testid="receipt-code">
          {code}
        </code>
      </p>
      <p className="text-base text-slate-700">{t("receiptCopy")}</p>
      <p>
        <a href={`/${locale}/verify`} className="font-semibold text-blue-900 underline">
          {t("receiptVerify")}
        </a>
      </p>
    </section>
  );
}
