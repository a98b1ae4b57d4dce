import type { InvalidationCriteria } from "@/lib/fraud/invalidation-criteria";
import { criteriaSearchParams } from "@/lib/fraud/invalidation-criteria";
import { INVALIDATION_REASONS } from "@/lib/fraud/invalidation-forms";
import { getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { ActionForm, type Action } from "@/components/admin/ui/action-form";

/**
 * Step three: the reason, and the run. The criteria travel as hidden fields with the count the
 * organiser saw, so the server chooses the same pledges again and refuses if their number moved.
 * The reasons are labelled in the organiser's language; what is stored and published in the
 * integrity ledger is the code's English text (lib/fraud/invalidation-forms.ts), as before.
 */
export async function RunInvalidationForm({ criteria, expected, runInvalidationAction }: { criteria: InvalidationCriteria; expected: number; runInvalidationAction: Action }) {
  const t = await getAdminTranslator("adminInvalidate.run");
  const hidden = [...criteriaSearchParams(criteria).entries()];
  return (
    <ActionForm action={runInvalidationAction} submitLabel={t("submit", { count: expected })} tone="danger" className="mt-4 space-y-4">
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="expected" value={expected} />
      <fieldset>
        <legend className="font-semibold">{t("reason")}</legend>
        <div className="mt-1 space-y-1">
          {Object.keys(INVALIDATION_REASONS).map((code, index) => (
            <label key={code} className="flex items-center gap-2">
              <input type="radio" name="reasonCode" value={code} defaultChecked={index === 0} className="size-5" />
              {t(`reasons.${code}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="reason-text" className="block font-semibold">
          {t("details")}
        </label>
        <input id="reason-text" name="reasonText" type="text" maxLength={150} className="field mt-1 max-w-xl" />
      </div>
    </ActionForm>
  );
}
