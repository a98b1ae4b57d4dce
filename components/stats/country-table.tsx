import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { countryName } from "@/lib/geo/country-names";
import type { PublicCountry } from "@/lib/stats/public-stats";
import { formatPercent } from "./format-utc";

/**
 * Per-country figures: country totals only (nothing below country level is published here).
 * A sensitive country's figure is rounded (roundedTo, decisions/0032-…): 0 reads "fewer than k".
 */
export async function CountryTable({ countries, locale, k, hideNote = false }: { countries: PublicCountry[]; locale: Locale; k: number; hideNote?: boolean }) {
  const t = await getTranslations("stats.countries");
  const number = new Intl.NumberFormat(locale);
  const rounded = countries.find((row) => row.roundedTo)?.roundedTo;
  return (
    <section aria-labelledby="countries-heading">
      <h2 id="countries-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      {countries.length === 0 ? (
        <p className="mt-3">{t("empty")}</p>
      ) : (
        <div className="mt-3 max-h-[32rem] overflow-auto rounded-lg ring-1 ring-slate-200" tabIndex={0} role="region" aria-labelledby="countries-caption">
          <table className="w-full text-left" data-testid="country-table">
            <caption id="countries-caption" className="sr-only">
              {t("caption")}
            </caption>
            <thead className="sticky top-0 bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">{t("country")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("count")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("share")}</th>
              </tr>
            </thead>
            <tbody>
              {countries.map((row) => (
                <tr key={row.code} className="border-t border-slate-200" data-country={row.code} data-count={row.count}>
                  <th scope="row" className="px-3 py-2 font-normal">
                    {countryName(row.code, locale)}
                    {row.roundedTo && <span className="ml-2 text-sm text-slate-700">{t("rounded")}</span>}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {row.roundedTo && row.count === 0 ? t("fewerThan", { k: row.roundedTo }) : number.format(row.count)}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatPercent(row.share, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rounded && <p className="mt-3 text-sm text-slate-700">{t("roundedNote", { k: rounded })}</p>}
      {!hideNote && <p className="mt-3 text-sm text-slate-700">{t("sensitiveNote", { k })}</p>}
    </section>
  );
}
