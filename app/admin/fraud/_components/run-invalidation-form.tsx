import type { InvalidationCriteria } from "@/lib/fraud/invalidation-criteria";
import { criteriaSearchParams } from "@/lib/fraud/invalidation-criteria";
import { INVALIDATION_REASONS } from "@/lib/fraud/invalidation-forms";
import { ActionForm } from "../../_components/action-form";
import { runInvalidationAction } from "../actions";

/**
 * Step three: the reason, and the run. The criteria travel as hidden fields with the count the
 * organiser saw, so the server chooses the same pledges again and refuses if their number moved.
 */
export function RunInvalidationForm({ criteria, expected }: { criteria: InvalidationCriteria; expected: number }) {
  const hidden = [...criteriaSearchParams(criteria).entries()];
  return (
    <ActionForm action={runInvalidationAction} submitLabel={`Invalidate ${expected.toLocaleString("en")} pledges`} tone="danger" className="mt-4 space-y-4">
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="expected" value={expected} />
      <fieldset>
        <legend className="font-semibold">Reason (published in the integrity ledger)</legend>
        <div className="mt-1 space-y-1">
          {Object.entries(INVALIDATION_REASONS).map(([code, label], index) => (
            <label key={code} className="flex items-center gap-2">
              <input type="radio" name="reasonCode" value={code} defaultChecked={index === 0} className="size-5" />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="reason-text" className="block font-semibold">
          Details (required for “Other”; public, so name no person)
        </label>
        <input id="reason-text" name="reasonText" type="text" maxLength={150} className="field mt-1 max-w-xl" />
      </div>
    </ActionForm>
  );
}
