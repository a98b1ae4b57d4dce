import type { Metadata } from "next";
import Link from "next/link";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { organiserPageAccess } from "@/lib/auth/organiser-page-access";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { INVALIDATABLE_STATUSES, invalidationCriteriaSchema } from "@/lib/fraud/invalidation-criteria";
import { previewInvalidation } from "@/lib/fraud/preview-invalidation";
import { Refusal } from "../../_components/refusal";
import { CriteriaForm } from "../_components/criteria-form";
import { RunInvalidationForm } from "../_components/run-invalidation-form";

export const metadata: Metadata = { title: "Invalidate pledges" };

const statusNames = { PENDING: "Pending", CONFIRMED: "Confirmed (leave the public count)", PENDING_REVIEW: "Held for review" } as const;

export default async function InvalidatePage({ searchParams }: PageProps<"/admin/fraud/invalidate">) {
  const { organiser, allowed } = await organiserPageAccess("MODERATOR", "/admin/fraud/invalidate");
  if (!allowed) return <Refusal needed="MODERATOR" has={organiser.role} />;
  const query = await searchParams;
  const values = Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const parsed = query.step === "preview" ? invalidationCriteriaSchema.safeParse(values) : null;
  const campaign = await getCurrentCampaign();
  const preview = parsed?.success ? await previewInvalidation(organiser, campaign.id, parsed.data) : null;
  const previewed = typeof query.previewed === "string" ? Number(query.previewed) : null;

  return (
    <>
      <p>
        <Link href="/admin/fraud" className="underline">
          ← Fraud
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Invalidate pledges</h1>
      <p className="mt-2 text-slate-700">
        Invalid pledges never count. Each run is recorded with its reason, listed on the Fraud page and can be undone there.
      </p>
      <CriteriaForm values={values} errors={parsed && !parsed.success ? fieldErrorsOf(parsed.error) : {}} />

      {parsed?.success && preview && (
        <section aria-labelledby="preview-heading" className="mt-10">
          <h2 id="preview-heading" className="text-xl font-bold">
            2. Preview
          </h2>
          {previewed !== null && Number.isFinite(previewed) && (
            <p role="alert" className="mt-4 rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
              The pledges changed since your preview: you saw {previewed.toLocaleString("en")}, now {preview.total.toLocaleString("en")} match.
              Nothing was invalidated. Check the new numbers and confirm again.
            </p>
          )}
          <p className="mt-4 text-lg" data-testid="preview-total" data-count={preview.total}>
            <strong>{preview.total.toLocaleString("en")}</strong> pledges match.
          </p>
          <table className="mt-2 border-collapse text-left">
            <caption className="sr-only">Matching pledges by status</caption>
            <tbody>
              {INVALIDATABLE_STATUSES.filter((status) => parsed.data.statuses.includes(status)).map((status) => (
                <tr key={status} className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-6 font-normal">
                    {statusNames[status]}
                  </th>
                  <td className="py-1 text-right tabular-nums">{preview.byStatus[status].toLocaleString("en")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.total > 0 ? (
            <>
              <h2 className="mt-8 text-xl font-bold">3. Confirm</h2>
              <RunInvalidationForm criteria={parsed.data} expected={preview.total} />
            </>
          ) : (
            <p className="mt-4">Nothing to invalidate with these criteria.</p>
          )}
        </section>
      )}
    </>
  );
}
