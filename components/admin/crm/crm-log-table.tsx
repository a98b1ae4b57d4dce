import { formatUtc } from "@/components/admin/format-utc";
import { shortId } from "@/lib/audit/read-audit-details";
import type { CrmOverview } from "@/lib/crm/read-crm-overview";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { ScrollRegion } from "@/components/admin/ui/scroll-region";
import { crmErrorText } from "./crm-error-text";

/** The newest lines of the push log: each request to the CRM and its answer. */
export async function CrmLogTable({ log }: { log: CrmOverview["log"] }) {
  const [locale, t] = await Promise.all([getAdminLocale(), getAdminTranslator("adminCrm")]);
  return (
    <section aria-labelledby="crm-log-heading" className="mt-10">
      <h2 id="crm-log-heading" className="text-xl font-bold">
        {t("logHeading")}
      </h2>
      {log.length === 0 ? (
        <p className="mt-2">{t("noLog")}</p>
      ) : (
        <ScrollRegion label={t("logCaption")} className="mt-3">
          <table className="w-full border-collapse text-left" data-testid="crm-log">
            <caption className="sr-only">{t("logCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-3">{t("log.when")}</th>
                <th scope="col" className="py-2 pr-3">{t("log.pledge")}</th>
                <th scope="col" className="py-2 pr-3">{t("log.request")}</th>
                <th scope="col" className="py-2 pr-3">{t("log.outcome")}</th>
                <th scope="col" className="py-2 pr-3">{t("log.status")}</th>
                <th scope="col" className="py-2 pr-3">{t("log.error")}</th>
                <th scope="col" className="py-2">{t("log.identifier")}</th>
              </tr>
            </thead>
            <tbody>
              {log.map((line) => (
                <tr key={line.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3 whitespace-nowrap tabular-nums">{formatUtc(line.at, locale)}</td>
                  <td className="py-2 pr-3 font-mono">{shortId(line.pledgeId)}</td>
                  <td className="py-2 pr-3">{t(`kinds.${line.kind}`)}</td>
                  <td className="py-2 pr-3">{t(`outcomes.${line.outcome}`)}</td>
                  <td className="py-2 pr-3 tabular-nums">{line.httpStatus ?? t("empty")}</td>
                  <td className="py-2 pr-3">{crmErrorText(line.error, t)}</td>
                  <td className="py-2 font-mono wrap-anywhere">{line.osdiIdentifier ?? t("empty")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
