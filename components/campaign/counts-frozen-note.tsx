import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Says that public numbers are frozen (admin settings) and since when, so nobody reads a
 * standing count as "no one is signing". Renders nothing while counts are live.
 */
export async function CountsFrozenNote({ locale, frozenAt }: { locale: Locale; frozenAt: Date | null }) {
  if (!frozenAt) return null;
  const t = await getTranslations({ locale, namespace: "campaignStatus" });
  const since = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(frozenAt);
  return (
    <p data-testid="counts-frozen" className="mt-3 rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-sm">
      {t("countsFrozen", { since: `${since} UTC` })}
    </p>
  );
}
