import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

export async function ConfirmedMeaning({ locale }: { locale: Locale }) {
  const t = await getTranslations("stats.confirmed");
  return (
    <section aria-labelledby="confirmed-heading">
      <h2 id="confirmed-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        <li>{t("email")}</li>
        <li>{t("duplicates")}</li>
        <li>{t("fraud")}</li>
        <li>{t("withdrawals")}</li>
      </ul>
      <p className="mt-3">
        <a href={`/${locale}/stats/methodology`} className="font-semibold text-blue-900 underline">
          {t("methodology")}
        </a>
      </p>
    </section>
  );
}
