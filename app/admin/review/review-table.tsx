import { formatUtc } from "@/components/admin/format-utc";
import type { HeldPledge } from "@/lib/fraud/list-review-queue";
import { reviewReasonLabel, type ReviewFilters } from "@/lib/fraud/review-filters";
import { shortSource } from "@/lib/fraud/source-kinds";
import { ActionForm } from "../_components/action-form";
import { buttonClass } from "../_components/button-class";
import { clearReviewAction } from "./actions";

/** Held pledges with a box each for "Clear selected" and a button each to clear just that one. */
export function ReviewTable({ pledges, filters }: { pledges: HeldPledge[]; filters: ReviewFilters }) {
  return (
    <ActionForm action={clearReviewAction} submitLabel="Clear selected" className="mt-4 space-y-4">
      {Object.entries(filters).map(([name, value]) => (typeof value === "string" ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Held pledges, oldest first</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-3">
                <span className="sr-only">Select</span>
              </th>
              <th scope="col" className="py-2 pr-3">Signed</th>
              <th scope="col" className="py-2 pr-3">Country</th>
              <th scope="col" className="py-2 pr-3">Email domain</th>
              <th scope="col" className="py-2 pr-3">Network</th>
              <th scope="col" className="py-2 pr-3">Held because</th>
              <th scope="col" className="py-2">Act</th>
            </tr>
          </thead>
          <tbody>
            {pledges.map((pledge) => {
              const label = `pledge from ${pledge.country} signed ${formatUtc(pledge.createdAt)}`;
              return (
                <tr key={pledge.id} className="border-b border-slate-200 align-top" data-testid="held-pledge">
                  <td className="py-2 pr-3">
                    <input type="checkbox" name="pledgeId" value={pledge.id} aria-label={`Select ${label}`} className="size-5" />
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap tabular-nums">{formatUtc(pledge.createdAt)}</td>
                  <td className="py-2 pr-3">{pledge.country}</td>
                  <td className="py-2 pr-3 wrap-anywhere">{pledge.emailDomain ?? "—"}</td>
                  <td className="py-2 pr-3 font-mono">{pledge.networkHash ? shortSource("networkHash", pledge.networkHash) : "—"}</td>
                  <td className="py-2 pr-3 text-sm">{reviewReasonLabel(pledge.reviewReason)}</td>
                  <td className="py-2">
                    <button type="submit" name="only" value={pledge.id} aria-label={`Clear ${label}`} className={buttonClass("secondary")}>
                      Clear
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </ActionForm>
  );
}
