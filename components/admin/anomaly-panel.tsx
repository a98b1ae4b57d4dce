import Link from "next/link";
import type { Organiser } from "@/lib/auth/actor";
import { roleAtLeast } from "@/lib/auth/roles";
import type { AnomalyReport, FlaggedSource } from "@/lib/fraud/find-anomalies";
import { criteriaSearchParams } from "@/lib/fraud/invalidation-criteria";
import { shortSource } from "@/lib/fraud/source-kinds";
import { getAdminLocale, getAdminTranslator, type AdminTranslate } from "@/lib/i18n/admin-i18n";
import { formatAdminNumber } from "@/lib/i18n/admin-format";
import type { Locale } from "@/lib/i18n/routing";
import { formatUtc, formatUtcHour } from "./format-utc";
import { ScrollRegion } from "@/components/admin/ui/scroll-region";

/**
 * "Trending sources", after the UK petitions site's trending IPs and domains: every network hash,
 * email domain and country whose confirmations in some hour of the last 24 exceeded the
 * campaign's threshold. Moderators get a link per row to the bulk invalidation, prefilled with
 * that source and the window; viewers see the numbers only. The fraud page passes an exact
 * report; the dashboard passes the one counted with its other numbers every few seconds.
 */
export async function AnomalyPanel({ organiser, report }: { organiser: Organiser; report: AnomalyReport }) {
  const [locale, t] = await Promise.all([getAdminLocale(), getAdminTranslator("adminAnomalies")]);
  const canAct = roleAtLeast(organiser.role, "MODERATOR");
  return (
    <section aria-labelledby="anomaly-heading" className="mt-8" data-testid="anomaly-panel">
      <h2 id="anomaly-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-slate-700">
        {t("intro", { threshold: report.threshold, since: formatUtc(report.since, locale) })}
      </p>
      {report.sources.length === 0 ? (
        <p className="mt-4 rounded-md border-2 border-emerald-700 bg-emerald-50 p-3">{t("none")}</p>
      ) : (
        <ScrollRegion label={t("caption")} className="mt-4">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">{t("source")}</th>
                <th scope="col" className="py-2 pr-4 text-right">{t("lastHour")}</th>
                <th scope="col" className="py-2 pr-4">{t("peakHour")}</th>
                <th scope="col" className="py-2 pr-4 text-right">{t("day")}</th>
                <th scope="col" className="py-2 pr-4 text-right">{t("held")}</th>
                {canAct && <th scope="col" className="py-2">{t("act")}</th>}
              </tr>
            </thead>
            <tbody>
              {report.sources.map((source) => (
                <SourceRow key={`${source.kind}:${source.source}`} source={source} since={report.since} canAct={canAct} locale={locale} t={t} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

function SourceRow({ source, since, canAct, locale, t }: { source: FlaggedSource; since: Date; canAct: boolean; locale: Locale; t: AdminTranslate }) {
  const kind = t(`kind.${source.kind}`);
  const name = `${kind} ${shortSource(source.kind, source.source)}`;
  const number = (value: number) => formatAdminNumber(locale, value);
  const invalidate = criteriaSearchParams({ [source.kind]: source.source, timeField: "confirmedAt", from: since });
  invalidate.set("step", "preview");
  const review = new URLSearchParams({ [source.kind]: source.source });
  return (
    <tr className="border-b border-slate-200 align-top" data-testid="flagged-source">
      <th scope="row" className="py-2 pr-4 font-normal">
        <span className="block text-sm text-slate-700">{kind}</span>
        <span className="font-mono font-semibold break-all">{shortSource(source.kind, source.source)}</span>
      </th>
      <td className="py-2 pr-4 text-right tabular-nums">{number(source.lastHour)}</td>
      <td className="py-2 pr-4">
        {number(source.peak)} <span className="text-sm text-slate-700">({formatUtcHour(source.peakHour, locale)})</span>
      </td>
      <td className="py-2 pr-4 text-right tabular-nums">{number(source.total)}</td>
      <td className="py-2 pr-4 text-right tabular-nums">
        {source.held > 0 && canAct ? (
          <Link href={`/admin/review?${review}`} className="underline" aria-label={t("heldLink", { count: source.held, name })}>
            {number(source.held)}
          </Link>
        ) : (
          number(source.held)
        )}
      </td>
      {canAct && (
        <td className="py-2">
          <Link href={`/admin/fraud/invalidate?${invalidate}`} className="underline">
            {t("invalidate")}<span className="sr-only">{t("invalidateWhat", { name })}</span>
          </Link>
        </td>
      )}
    </tr>
  );
}
