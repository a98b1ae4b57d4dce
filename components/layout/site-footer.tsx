import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, routing } from "@/lib/i18n/routing";
import { OrganisationLine } from "./organisation-line";

/**
 * The site's footer; `base` as in SiteHeader: another campaign's pages link to its own statistics.
 * Plain links, like the header's: a link to another public page loads its HTML, which the page
 * cache serves (ADR 0051); next/link would prefetch and fetch an RSC payload that Next renders
 * per request, for every reader who scrolls down here.
 */
export async function SiteFooter({ base = "" }: { base?: string } = {}) {
  const t = await getTranslations("footer");
  const tStats = await getTranslations("stats");
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-sm text-slate-700">
        <OrganisationLine locale={locale} className="font-semibold text-slate-900" />
        <p>{t("madeFor")}</p>
        <p>
          {t("privacy")}{" "}
          <a href={`/${locale}/privacy`} className="font-semibold text-slate-900 underline">
            {t("privacyLink")}
          </a>
        </p>
        <p>
          <a href={`/${locale}${base}/stats`} className="font-semibold text-slate-900 underline">
            {tStats("footerLink")}
          </a>
        </p>
        <p>{t("dataAttribution")}</p>
      </div>
    </footer>
  );
}
