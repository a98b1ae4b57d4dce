import { PLEDGE_STATUSES } from "@/lib/auth/count-pledges-by-status";
import type { PledgeStatus } from "@/lib/db/generated/enums";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { formatAdminNumber } from "@/lib/i18n/admin-format";
import { ScrollRegion } from "@/components/admin/ui/scroll-region";

/** Pledges per status (exact, from the pledges themselves, not the public tallies). */
export async function StatusTable({ counts }: { counts: Record<PledgeStatus, number> }) {
  const [locale, t] = await Promise.all([getAdminLocale(), getAdminTranslator("adminDashboard.status")]);
  const total = PLEDGE_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  return (
    <ScrollRegion label={t("caption")} className="mt-4 max-w-2xl">
    <table className="w-full min-w-[32rem] border-collapse text-left">
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr className="border-b-2 border-slate-300">
          <th scope="col" className="py-2 pr-4">{t("status")}</th>
          <th scope="col" className="py-2 pr-4 text-right">{t("pledges")}</th>
          <th scope="col" className="py-2">{t("meaning")}</th>
        </tr>
      </thead>
      <tbody>
        {PLEDGE_STATUSES.map((status) => (
          <tr key={status} className="border-b border-slate-200">
            <th scope="row" className="py-2 pr-4 font-semibold">
              {t(`label.${status}`)}
            </th>
            <td className="py-2 pr-4 text-right tabular-nums" data-testid={`pledges-${status.toLowerCase()}`}>
              {formatAdminNumber(locale, counts[status])}
            </td>
            <td className="py-2 text-slate-700">{t(`description.${status}`)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="py-2 pr-4">{t("all")}</th>
          <td className="py-2 pr-4 text-right font-semibold tabular-nums">{formatAdminNumber(locale, total)}</td>
          <td />
        </tr>
      </tfoot>
    </table>
    </ScrollRegion>
  );
}
