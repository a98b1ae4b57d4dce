import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { PublicLedger } from "@/lib/stats/public-stats";
import { formatUtc } from "./format-utc";

// Narrower cells and type on a phone: Russian "Засчитывается" cannot wrap, and three columns of it
// must fit 390 px.
const cell = "px-2 py-2 sm:px-3";

/** Every pledge accounted for: what counts and, with reasons, what does not. */
export async function LedgerSection({ ledger, countedAt, locale }: { ledger: PublicLedger; countedAt: string | null; locale: Locale }) {
  const t = await getTranslations("stats.ledger");
  const number = new Intl.NumberFormat(locale);
  const statuses = [
    ["confirmed", ledger.confirmed, true],
    ["pending", ledger.pending, false],
    ["pendingReview", ledger.pendingReview, false],
    ["withdrawn", ledger.withdrawn, false],
    ["invalidated", ledger.invalidated, false],
  ] as const;
  return (
    <section aria-labelledby="ledger-heading" className="space-y-4">
      <h2 id="ledger-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p>{t("intro")}</p>
      <table className="w-full max-w-2xl text-left text-sm ring-1 ring-slate-200 sm:text-base" data-testid="ledger-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={cell}>{t("status")}</th>
            <th scope="col" className={`${cell} text-right`}>{t("count")}</th>
            <th scope="col" className={cell}>{t("counted")}</th>
          </tr>
        </thead>
        <tbody>
          {statuses.map(([key, count, counted]) => (
            <tr key={key} className="border-t border-slate-200" data-status={key} data-count={count}>
              <th scope="row" className={`${cell} font-normal`}>{t(key)}</th>
              <td className={`${cell} text-right tabular-nums`}>{number.format(count)}</td>
              <td className={cell}>{counted ? t("yes") : t("no")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {ledger.invalidated === 0 ? (
        <p>{t("noInvalidations")}</p>
      ) : (
        <div className="grid gap-6 md:grid-cols-2">
          <SmallTable caption={t("byReason")} head={t("reason")} countHead={t("count")} testId="invalidated-by-reason"
            rows={ledger.invalidatedByReason.map((row) => [row.reason === "unspecified" ? t("unspecified") : row.reason, number.format(row.count)])} />
          <SmallTable caption={t("byDay")} head={t("day")} countHead={t("count")} testId="invalidated-by-day"
            rows={ledger.invalidatedByDay.map((row) => [row.day, number.format(row.count)])} />
        </div>
      )}
      {countedAt && <p className="text-sm text-slate-700">{t("countedAt", { time: formatUtc(countedAt, locale) })}</p>}
    </section>
  );
}

function SmallTable({ caption, head, countHead, rows, testId }: { caption: string; head: string; countHead: string; rows: [string, string][]; testId: string }) {
  return (
    <table className="w-full text-left ring-1 ring-slate-200" data-testid={testId}>
      <caption className="pb-2 text-left font-semibold">{caption}</caption>
      <thead className="bg-slate-100">
        <tr>
          <th scope="col" className={cell}>{head}</th>
          <th scope="col" className={`${cell} text-right`}>{countHead}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, count]) => (
          <tr key={label} className="border-t border-slate-200">
            <th scope="row" className={`${cell} font-normal`}>{label}</th>
            <td className={`${cell} text-right tabular-nums`}>{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
