import type { Metadata } from "next";
import Link from "next/link";
import { organiserPageAccess } from "@/lib/auth/organiser-page-access";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { criteriaSearchParams } from "@/lib/fraud/invalidation-criteria";
import { listReviewQueue } from "@/lib/fraud/list-review-queue";
import { reviewFiltersSchema, reviewReasonLabel } from "@/lib/fraud/review-filters";
import { Refusal } from "../_components/refusal";
import { ReviewFiltersForm } from "./review-filters-form";
import { ReviewTable } from "./review-table";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ searchParams }: PageProps<"/admin/review">) {
  const { organiser, allowed } = await organiserPageAccess("MODERATOR", "/admin/review");
  if (!allowed) return <Refusal needed="MODERATOR" has={organiser.role} />;
  const query = await searchParams;
  const filters = reviewFiltersSchema.parse(query);
  const campaign = await getCurrentCampaign();
  const queue = await listReviewQueue(organiser, campaign.id, filters);
  const cleared = Number(query.cleared);
  const skipped = Number(query.skipped);
  const hasSource = Boolean(filters.networkHash || filters.emailDomain || filters.country);
  const invalidate = criteriaSearchParams({ ...filters, statuses: ["PENDING_REVIEW"] });
  invalidate.set("step", "preview");

  return (
    <>
      <h1 className="text-2xl font-bold">Review held pledges</h1>
      <p className="mt-2 text-slate-700">
        These supporters confirmed their email, but the abuse checks held their pledge. Held pledges are not counted. Clearing one counts it within a
        few seconds; pledges that look fake can be invalidated instead.
      </p>
      {Number.isFinite(cleared) && (
        <p role="status" className="mt-4 rounded-md border-2 border-emerald-700 bg-emerald-50 p-3">
          {cleared === 1 ? "1 pledge cleared" : `${cleared} pledges cleared`}
          {skipped > 0 ? `; ${skipped} had already been handled by someone else.` : "."}
        </p>
      )}
      <section aria-labelledby="reasons-heading" className="mt-6">
        <h2 id="reasons-heading" className="text-xl font-bold">
          Why pledges are held
        </h2>
        {queue.byReason.length === 0 ? (
          <p className="mt-2">Nothing is held.</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {queue.byReason.map((row) => (
              <li key={row.reason ?? "none"}>
                <Link href={`/admin/review?${new URLSearchParams(row.reason ? { reason: row.reason } : {})}`} className="underline">
                  {reviewReasonLabel(row.reason)}
                </Link>
                : {row.count.toLocaleString("en")}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ReviewFiltersForm filters={filters} />
      <p className="mt-6" data-testid="review-matching" data-count={queue.matching}>
        {queue.matching.toLocaleString("en")} held pledges match{queue.matching > queue.pledges.length ? `; the oldest ${queue.pledges.length} are listed` : ""}.
        {hasSource && queue.matching > 0 && (
          <>
            {" "}
            <Link href={`/admin/fraud/invalidate?${invalidate}`} className="underline">
              Invalidate all of these instead…
            </Link>
          </>
        )}
      </p>
      {queue.pledges.length > 0 && <ReviewTable pledges={queue.pledges} filters={filters} />}
    </>
  );
}
