import { getTranslations } from "next-intl/server";
import type { Granularity } from "@/lib/stats/history-range";
import type { HistoryPoint } from "@/lib/stats/read-history";
import { chartDateNames } from "@/lib/i18n/chart-date-names";
import { dateLocale } from "@/lib/i18n/date-locale";
import type { Locale } from "@/lib/i18n/routing";
import { statsPagePath } from "@/lib/campaigns/public-addresses";
import { chartSteps } from "./chart-scale";
import { HistoryChartLoader } from "./history-chart-loader";

/** Rows the table shows (newest first); the CSV has everything. */
const TABLE_ROWS: Record<Granularity, number> = { hour: 48, day: 31 };

function periodLabel(start: string, granularity: Granularity, locale: Locale): string {
  const options: Intl.DateTimeFormatOptions =
    granularity === "hour" ? { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" } : { dateStyle: "medium", timeZone: "UTC" };
  return new Intl.DateTimeFormat(dateLocale(locale), options).format(new Date(start));
}

interface HistorySectionProps {
  points: HistoryPoint[];
  granularity: Granularity;
  locale: Locale;
  /** Another campaign than the default (ADR 0054): its per-day and per-hour links stay on its page. */
  campaignSlug?: string;
}

export async function HistorySection({ points, granularity, locale, campaignSlug }: HistorySectionProps) {
  const t = await getTranslations("stats.history");
  const rows = points.slice(-TABLE_ROWS[granularity]).reverse();
  const number = new Intl.NumberFormat(locale);
  const linkClass = "rounded px-3 py-1 font-semibold underline-offset-4 hover:underline";
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <nav aria-label={t("heading")} className="mt-3 flex gap-2">
        {(["day", "hour"] as const).map((option) => (
          <a
            key={option}
            href={`${statsPagePath(locale, campaignSlug)}${option === "hour" ? "?history=hour" : ""}#history-heading`}
            aria-current={option === granularity ? "page" : undefined}
            className={option === granularity ? `${linkClass} bg-blue-800 text-white` : `${linkClass} text-blue-900 underline`}
          >
            {option === "hour" ? t("perHour") : t("perDay")}
          </a>
        ))}
      </nav>
      {points.length === 0 ? (
        <p className="mt-3">{t("empty")}</p>
      ) : (
        <>
          <figure className="mt-4">
            <HistoryChartLoader
              times={points.map((point) => Date.parse(point.start) / 1000)}
              step={chartSteps[granularity]}
              cumulative={points.map((point) => point.cumulative)}
              added={points.map((point) => point.added)}
              locale={locale}
              dateNames={chartDateNames(locale)}
              labels={{ time: t("period", { granularity }), cumulative: t("cumulative"), added: t("new") }}
            />
            <figcaption className="mt-2 text-sm text-slate-700">{t("chartLabel")}</figcaption>
          </figure>
          <div className="mt-4 max-h-[28rem] overflow-auto rounded-lg ring-1 ring-slate-200" tabIndex={0} role="region" aria-labelledby="history-caption">
            <table className="w-full text-left" data-testid="history-table">
              <caption id="history-caption" className="px-3 py-2 text-left font-semibold">
                {t("caption", { granularity, rows: rows.length })}
              </caption>
              <thead className="sticky top-0 bg-slate-100">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("period", { granularity })}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("added")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("removed")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("cumulativeColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((point) => (
                  <tr key={point.start} className="border-t border-slate-200">
                    <th scope="row" className="px-3 py-2 font-normal">
                      <time dateTime={point.start}>{periodLabel(point.start, granularity, locale)}</time>
                    </th>
                    <td className="px-3 py-2 text-right tabular-nums">{number.format(point.added)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{number.format(point.removed)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{number.format(point.cumulative)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="mt-3 text-sm">{t("fullData")}</p>
    </section>
  );
}
