import type { Metadata } from "next";
import Link from "next/link";
import { requireOrganiserPage } from "@/lib/auth/require-organiser-page";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { criteriaSearchParams } from "@/lib/fraud/invalidation-criteria";
import { listReviewQueue } from "@/lib/fraud/list-review-queue";
import { reviewFiltersSchema } from "@/lib/fraud/review-filters";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { formatAdminNumber } from "@/lib/i18n/admin-format";
import { reviewReasonText } from "@/components/admin/review/review-reason";
import { ReviewFiltersForm } from "@/components/admin/review/review-filters-form";
import { ReviewTable } from "@/components/admin/review/review-table";
import { clearReviewAction } from "./actions";
import { OutcomeBanner } from "@/components/admin/ui/outcome-banner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminReview"))("title") };
}

export default async function ReviewPage({ searchParams }: PageProps<"/admin/review">) {
  const organiser = await requireOrganiserPage("MODERATOR", "/admin/review");
  const query = await searchParams;
  const filters = reviewFiltersSchema.parse(query);
  const campaign = await getAdminCampaign();
  const queue = await listReviewQueue(organiser, campaign.id, filters);
  const cleared = Number(query.cleared);
  const skipped = Number(query.skipped);
  const hasSource = Boolean(filters.networkHash || filters.emailDomain || filters.country);
  const invalidate = criteriaSearchParams({ ...filters, statuses: ["PENDING_REVIEW"] });
  invalidate.set("step", "preview");
  const [locale, t] = await Promise.all([getAdminLocale(), getAdminTranslator("adminReview")]);
  const listed = queue.pledges.length;

  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      {Number.isFinite(cleared) && (
        <OutcomeBanner>
          {t("cleared", { cleared, skipped: skipped > 0 ? skipped : 0 })}
        </OutcomeBanner>
      )}
      <section aria-labelledby="reasons-heading" className="mt-6">
        <h2 id="reasons-heading" className="text-xl font-bold">
          {t("reasonsHeading")}
        </h2>
        {queue.byReason.length === 0 ? (
          <p className="mt-2">{t("nothingHeld")}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {queue.byReason.map((row) => (
              <li key={row.reason ?? "none"}>
                <Link href={`/admin/review?${new URLSearchParams(row.reason ? { reason: row.reason } : {})}`} className="underline">
                  {reviewReasonText(row.reason, t)}
                </Link>
                : {formatAdminNumber(locale, row.count)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ReviewFiltersForm filters={filters} />
      <p className="mt-6" data-testid="review-matching" data-count={queue.matching}>
        {queue.matching > listed ? t("matchingSome", { count: queue.matching, listed }) : t("matching", { count: queue.matching })}
        {hasSource && queue.matching > 0 && (
          <>
            {" "}
            <Link href={`/admin/fraud/invalidate?${invalidate}`} className="underline">
              {t("invalidateAll")}
            </Link>
          </>
        )}
      </p>
      {queue.pledges.length > 0 && <ReviewTable pledges={queue.pledges} filters={filters} clearReviewAction={clearReviewAction} />}
    </>
  );
}
