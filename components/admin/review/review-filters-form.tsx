import { REVIEW_REASONS, type ReviewFilters } from "@/lib/fraud/review-filters";
import { getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { buttonClass } from "@/components/admin/ui/button-class";

/** The queue's filters: a GET form, so a filtered queue is a link (the anomaly panel uses it). */
export async function ReviewFiltersForm({ filters }: { filters: ReviewFilters }) {
  const t = await getAdminTranslator("adminReview");
  return (
    <form method="get" action="/admin/review" className="mt-6 flex flex-wrap items-end gap-4" aria-label={t("filters.label")}>
      <div className="max-w-full">
        <label htmlFor="review-reason" className="block font-semibold">
          {t("filters.reason")}
        </label>
        <select id="review-reason" name="reason" defaultValue={filters.reason ?? ""} className="field mt-1">
          <option value="">{t("filters.anyReason")}</option>
          {REVIEW_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {t(`reason.${reason}`)}
            </option>
          ))}
        </select>
      </div>
      {(["networkHash", "emailDomain", "country"] as const).map((name) => (
        <div key={name}>
          <label htmlFor={`review-${name}`} className="block font-semibold">
            {t(`filters.${name}`)}
          </label>
          <input id={`review-${name}`} name={name} type="text" defaultValue={filters[name] ?? ""} autoComplete="off" spellCheck={false} className="field mt-1 font-mono" />
        </div>
      ))}
      <button type="submit" className={buttonClass("secondary")}>
        {t("filters.show")}
      </button>
    </form>
  );
}
