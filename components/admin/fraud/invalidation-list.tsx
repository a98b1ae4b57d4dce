import { formatUtc } from "@/components/admin/format-utc";
import type { InvalidationSummary } from "@/lib/fraud/list-invalidations";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { ActionForm, type Action } from "@/components/admin/ui/action-form";
import { describeCriteria } from "./describe-criteria";

/**
 * Past bulk invalidations, newest first, each with an Undo button while it stands. The reason is
 * shown as stored: it is the text published in the integrity ledger.
 */
export async function InvalidationList({ invalidations, canUndo, undoInvalidationAction }: { invalidations: InvalidationSummary[]; canUndo: boolean; undoInvalidationAction: Action }) {
  const [locale, t, criteria] = await Promise.all([getAdminLocale(), getAdminTranslator("adminFraud.past"), getAdminTranslator("adminFraud.criteria")]);
  const when = (date: Date) => formatUtc(date, locale);
  return (
    <section aria-labelledby="invalidations-heading" className="mt-10">
      <h2 id="invalidations-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      {invalidations.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {invalidations.map((row) => (
            <li key={row.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-300" data-testid="invalidation">
              <h3 className="font-semibold wrap-anywhere">{row.reason}</h3>
              <p className="text-sm text-slate-700">{t("summary", { matched: row.matched, who: row.createdBy, when: when(row.createdAt) })}</p>
              <p className="text-sm text-slate-700 wrap-anywhere">{t("chosenBy", { criteria: describeCriteria(row.criteria, criteria, locale) })}</p>
              {row.undoneAt ? (
                <p className="mt-1 text-sm font-semibold">{t("undoneBy", { who: row.undoneBy ?? "—", when: when(row.undoneAt) })}</p>
              ) : (
                <>
                  <p className="mt-1 text-sm">{t("stillInvalid", { count: row.stillInvalid })}</p>
                  {canUndo && (
                    <ActionForm action={undoInvalidationAction} submitLabel={t("undo")} tone="secondary" buttonLabel={t("undoLabel", { reason: row.reason, when: when(row.createdAt) })} className="mt-2 flex flex-wrap items-end gap-3">
                      <input type="hidden" name="invalidationId" value={row.id} />
                    </ActionForm>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
