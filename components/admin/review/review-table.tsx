import { formatUtc } from "@/components/admin/format-utc";
import type { HeldPledge } from "@/lib/fraud/list-review-queue";
import type { ReviewFilters } from "@/lib/fraud/review-filters";
import { shortSource } from "@/lib/fraud/source-kinds";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { ActionForm, type Action } from "@/components/admin/ui/action-form";
import { buttonClass } from "@/components/admin/ui/button-class";
import { reviewReasonText } from "./review-reason";
import { ScrollRegion } from "@/components/admin/ui/scroll-region";

/** Held pledges with a box each for "Clear selected" and a button each to clear just that one. */
export async function ReviewTable({ pledges, filters, clearReviewAction }: { pledges: HeldPledge[]; filters: ReviewFilters; clearReviewAction: Action }) {
  const [locale, t] = await Promise.all([getAdminLocale(), getAdminTranslator("adminReview")]);
  return (
    <ActionForm action={clearReviewAction} submitLabel={t("table.clearSelected")} className="mt-4 space-y-4">
      {Object.entries(filters).map(([name, value]) => (typeof value === "string" ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <ScrollRegion label={t("table.caption")}>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("table.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-3">
                <span className="sr-only">{t("table.select")}</span>
              </th>
              <th scope="col" className="py-2 pr-3">{t("table.signed")}</th>
              <th scope="col" className="py-2 pr-3">{t("table.country")}</th>
              <th scope="col" className="py-2 pr-3">{t("table.emailDomain")}</th>
              <th scope="col" className="py-2 pr-3">{t("table.network")}</th>
              <th scope="col" className="py-2 pr-3">{t("table.heldBecause")}</th>
              <th scope="col" className="py-2">{t("table.act")}</th>
            </tr>
          </thead>
          <tbody>
            {pledges.map((pledge) => {
              const signed = formatUtc(pledge.createdAt, locale);
              const about = { country: pledge.country, when: signed };
              return (
                <tr key={pledge.id} className="border-b border-slate-200 align-top" data-testid="held-pledge">
                  <td className="py-2 pr-3">
                    <input type="checkbox" name="pledgeId" value={pledge.id} aria-label={t("table.selectOne", about)} className="size-5" />
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap tabular-nums">{signed}</td>
                  <td className="py-2 pr-3">{pledge.country}</td>
                  <td className="py-2 pr-3 wrap-anywhere">{pledge.emailDomain ?? "—"}</td>
                  <td className="py-2 pr-3 font-mono">{pledge.networkHash ? shortSource("networkHash", pledge.networkHash) : "—"}</td>
                  <td className="py-2 pr-3 text-sm">{reviewReasonText(pledge.reviewReason, t)}</td>
                  <td className="py-2">
                    <button type="submit" name="only" value={pledge.id} aria-label={t("table.clearOne", about)} className={buttonClass("secondary")}>
                      {t("table.clear")}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </ActionForm>
  );
}
