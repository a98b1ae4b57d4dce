import { formatUtc } from "@/components/admin/format-utc";
import type { CrmOverview } from "@/lib/crm/read-crm-overview";
import { shortId } from "@/lib/audit/read-audit-details";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { ActionForm, type Action } from "@/components/admin/ui/action-form";

/**
 * Supporters who left after being pushed (withdrew, were invalidated, or were anonymised by
 * retention): OSDI's helper cannot delete, so an organiser removes each copy in the CRM (found by
 * its identifier) and says so here, which erases the identifier.
 */
export async function CrmRemovalList({ removals, confirmRemovalAction }: { removals: CrmOverview["removals"]; confirmRemovalAction: Action }) {
  const [locale, t] = await Promise.all([getAdminLocale(), getAdminTranslator("adminCrm")]);
  return (
    <section aria-labelledby="crm-removals-heading" className="mt-10">
      <h2 id="crm-removals-heading" className="text-xl font-bold">
        {t("removalsHeading")}
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700">{t("removalsIntro")}</p>
      {removals.length === 0 ? (
        <p className="mt-2">{t("noRemovals")}</p>
      ) : (
        <ul className="mt-3 space-y-2" data-testid="crm-removals">
          {removals.map((removal) => (
            <li key={removal.pledgeId} className="flex flex-wrap items-center gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-300">
              <span>
                {t("removal", {
                  pledge: shortId(removal.pledgeId),
                  identifier: removal.osdiIdentifier ?? t("noIdentifier"),
                  when: formatUtc(removal.withdrawnAt, locale),
                })}{" "}
                {removal.unsubscribedAt ? t("unsubscribed") : t("notUnsubscribed")}
              </span>
              <ActionForm action={confirmRemovalAction} submitLabel={t("confirmRemoval")} buttonLabel={t("confirmRemovalLabel", { pledge: shortId(removal.pledgeId) })} tone="secondary" className="ml-auto">
                <input type="hidden" name="pledgeId" value={removal.pledgeId} />
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
