import type { Metadata } from "next";
import Link from "next/link";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { requireOrganiserPage } from "@/lib/auth/require-organiser-page";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { INVALIDATABLE_STATUSES, invalidationCriteriaSchema } from "@/lib/fraud/invalidation-criteria";
import { previewInvalidation } from "@/lib/fraud/preview-invalidation";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { formatAdminNumber } from "@/lib/i18n/admin-format";
import { CriteriaForm } from "@/components/admin/fraud/criteria-form";
import { RunInvalidationForm } from "@/components/admin/fraud/run-invalidation-form";
import { runInvalidationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminInvalidate"))("title") };
}

export default async function InvalidatePage({ searchParams }: PageProps<"/admin/fraud/invalidate">) {
  const organiser = await requireOrganiserPage("MODERATOR", "/admin/fraud/invalidate");
  const query = await searchParams;
  const values = Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const parsed = query.step === "preview" ? invalidationCriteriaSchema.safeParse(values) : null;
  const campaign = await getAdminCampaign();
  const preview = parsed?.success ? await previewInvalidation(organiser, campaign.id, parsed.data) : null;
  const previewed = typeof query.previewed === "string" ? Number(query.previewed) : null;
  const [locale, t] = await Promise.all([getAdminLocale(), getAdminTranslator("adminInvalidate")]);

  return (
    <>
      <p>
        <Link href="/admin/fraud" className="underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <CriteriaForm values={values} errors={parsed && !parsed.success ? fieldErrorsOf(parsed.error) : {}} />

      {parsed?.success && preview && (
        <section aria-labelledby="preview-heading" className="mt-10">
          <h2 id="preview-heading" className="text-xl font-bold">
            {t("preview.heading")}
          </h2>
          {previewed !== null && Number.isFinite(previewed) && (
            <p role="alert" className="mt-4 rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
              {t("preview.changed", { previewed, total: preview.total })}
            </p>
          )}
          <p className="mt-4 text-lg" data-testid="preview-total" data-count={preview.total}>
            {t.rich("preview.total", { total: preview.total, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
          <table className="mt-2 border-collapse text-left">
            <caption className="sr-only">{t("preview.caption")}</caption>
            <tbody>
              {INVALIDATABLE_STATUSES.filter((status) => parsed.data.statuses.includes(status)).map((status) => (
                <tr key={status} className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-6 font-normal">
                    {t(`preview.status.${status}`)}
                  </th>
                  <td className="py-1 text-right tabular-nums">{formatAdminNumber(locale, preview.byStatus[status])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.total > 0 ? (
            <>
              <h2 className="mt-8 text-xl font-bold">{t("preview.confirmHeading")}</h2>
              <RunInvalidationForm criteria={parsed.data} expected={preview.total} runInvalidationAction={runInvalidationAction} />
            </>
          ) : (
            <p className="mt-4">{t("preview.nothing")}</p>
          )}
        </section>
      )}
    </>
  );
}
