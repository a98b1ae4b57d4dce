import { REVIEW_REASONS, reviewReasonLabels, type ReviewFilters } from "@/lib/fraud/review-filters";
import { buttonClass } from "../_components/button-class";

/** The queue's filters: a GET form, so a filtered queue is a link (the anomaly panel uses it). */
export function ReviewFiltersForm({ filters }: { filters: ReviewFilters }) {
  return (
    <form method="get" action="/admin/review" className="mt-6 flex flex-wrap items-end gap-4" aria-label="Filter held pledges">
      <div>
        <label htmlFor="review-reason" className="block font-semibold">
          Reason
        </label>
        <select id="review-reason" name="reason" defaultValue={filters.reason ?? ""} className="field mt-1">
          <option value="">Any reason</option>
          {REVIEW_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {reviewReasonLabels[reason]}
            </option>
          ))}
        </select>
      </div>
      {(
        [
          ["networkHash", "Network hash"],
          ["emailDomain", "Email domain"],
          ["country", "Country code"],
        ] as const
      ).map(([name, label]) => (
        <div key={name}>
          <label htmlFor={`review-${name}`} className="block font-semibold">
            {label}
          </label>
          <input id={`review-${name}`} name={name} type="text" defaultValue={filters[name] ?? ""} autoComplete="off" spellCheck={false} className="field mt-1 font-mono" />
        </div>
      ))}
      <button type="submit" className={buttonClass("secondary")}>
        Show
      </button>
    </form>
  );
}
