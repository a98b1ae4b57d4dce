import Link from "next/link";
import type { Organiser } from "@/lib/auth/actor";
import { roleAtLeast } from "@/lib/auth/roles";
import type { AnomalyReport, FlaggedSource } from "@/lib/fraud/find-anomalies";
import { criteriaSearchParams } from "@/lib/fraud/invalidation-criteria";
import { shortSource, sourceKindLabels } from "@/lib/fraud/source-kinds";
import { formatUtc, formatUtcHour } from "./format-utc";

/**
 * "Trending sources", after the UK petitions site's trending IPs and domains: every network hash,
 * email domain and country whose confirmations in some hour of the last 24 exceeded the
 * campaign's threshold. Moderators get a link per row to the bulk invalidation, prefilled with
 * that source and the window; viewers see the numbers only. The fraud page passes an exact
 * report; the dashboard passes the one counted with its other numbers every few seconds.
 */
export function AnomalyPanel({ organiser, report }: { organiser: Organiser; report: AnomalyReport }) {
  const canAct = roleAtLeast(organiser.role, "MODERATOR");
  return (
    <section aria-labelledby="anomaly-heading" className="mt-8" data-testid="anomaly-panel">
      <h2 id="anomaly-heading" className="text-xl font-bold">
        Trending sources
      </h2>
      <p className="mt-1 text-slate-700">
        Sources with more than {report.threshold.toLocaleString("en")} confirmations in one hour since {formatUtc(report.since)}. Confirmed and
        held pledges count; invalidated ones do not.
      </p>
      {report.sources.length === 0 ? (
        <p className="mt-4 rounded-md border-2 border-emerald-700 bg-emerald-50 p-3">No source is above the threshold.</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Flagged sources, busiest in the last hour first</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">Source</th>
                <th scope="col" className="py-2 pr-4 text-right">Last hour</th>
                <th scope="col" className="py-2 pr-4">Peak hour</th>
                <th scope="col" className="py-2 pr-4 text-right">24 hours</th>
                <th scope="col" className="py-2 pr-4 text-right">Held for review</th>
                {canAct && <th scope="col" className="py-2">Act</th>}
              </tr>
            </thead>
            <tbody>
              {report.sources.map((source) => (
                <SourceRow key={`${source.kind}:${source.source}`} source={source} since={report.since} canAct={canAct} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function SourceRow({ source, since, canAct }: { source: FlaggedSource; since: Date; canAct: boolean }) {
  const name = `${sourceKindLabels[source.kind]} ${shortSource(source.kind, source.source)}`;
  const invalidate = criteriaSearchParams({ [source.kind]: source.source, timeField: "confirmedAt", from: since });
  invalidate.set("step", "preview");
  const review = new URLSearchParams({ [source.kind]: source.source });
  return (
    <tr className="border-b border-slate-200 align-top" data-testid="flagged-source">
      <th scope="row" className="py-2 pr-4 font-normal">
        <span className="block text-sm text-slate-700">{sourceKindLabels[source.kind]}</span>
        <span className="font-mono font-semibold break-all">{shortSource(source.kind, source.source)}</span>
      </th>
      <td className="py-2 pr-4 text-right tabular-nums">{source.lastHour.toLocaleString("en")}</td>
      <td className="py-2 pr-4">
        {source.peak.toLocaleString("en")} <span className="text-sm text-slate-700">({formatUtcHour(source.peakHour)})</span>
      </td>
      <td className="py-2 pr-4 text-right tabular-nums">{source.total.toLocaleString("en")}</td>
      <td className="py-2 pr-4 text-right tabular-nums">
        {source.held > 0 && canAct ? (
          <Link href={`/admin/review?${review}`} className="underline" aria-label={`${source.held} held for review from ${name}`}>
            {source.held.toLocaleString("en")}
          </Link>
        ) : (
          source.held.toLocaleString("en")
        )}
      </td>
      {canAct && (
        <td className="py-2">
          <Link href={`/admin/fraud/invalidate?${invalidate}`} className="underline">
            Invalidate…<span className="sr-only"> pledges from {name}</span>
          </Link>
        </td>
      )}
    </tr>
  );
}
