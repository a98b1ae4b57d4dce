import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { PublicStats } from "@/lib/stats/public-stats";
import { formatPercent, formatUtc } from "./format-utc";
import { LocalTime } from "./local-time";

/** The headline number, when it was true, and progress to the goal. */
export async function StatsTotal({ stats, locale }: { stats: PublicStats; locale: Locale }) {
  const t = await getTranslations("stats.total");
  const share = stats.goal > 0 ? Math.min(1, stats.confirmed / stats.goal) : 0;
  return (
    <section aria-labelledby="total-heading" className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h2 id="total-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-2 text-4xl font-bold tabular-nums" data-testid="stats-total" data-count={stats.confirmed}>
        {t("count", { count: stats.confirmed })}
      </p>
      <p className="mt-2 text-slate-700">
        {stats.asOf ? (
          <>
            <time dateTime={stats.asOf} className="block">
              {t("asOfUtc", { time: formatUtc(stats.asOf, locale) })}
            </time>
            <LocalTime iso={stats.asOf} locale={locale} template={t("asOfLocal", { time: "{time}" })} />
          </>
        ) : (
          t("noneYet")
        )}
      </p>
      <div className="mt-4 h-3 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div className="h-full rounded-full bg-blue-800" style={{ width: `${share * 100}%` }} />
      </div>
      <p className="mt-2 text-sm text-slate-700">{t("goal", { percent: formatPercent(share, locale), goal: stats.goal })}</p>
      {stats.countsFrozen && <p className="mt-4 rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950">{t("frozen")}</p>}
    </section>
  );
}
