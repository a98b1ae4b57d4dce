"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import type { BlockedWords, CampaignSettingsField } from "@/lib/campaigns/settings-schema";
import { buttonClass } from "../_components/button-class";
import { messageFor } from "../_components/form-messages";
import { LabelledField } from "../_components/labelled-field";
import { updateSettingsAction } from "./actions";

export interface SettingsFormValues {
  goal: number;
  sensitiveCountries: string[];
  mapThreshold: number;
  anomalyThreshold: number;
  retentionMonths: number;
  blockedWords: BlockedWords;
}

const wordLists = [
  { name: "blockedWordsEn", key: "en", label: "Blocked words: English" },
  { name: "blockedWordsBe", key: "be", label: "Blocked words: Belarusian" },
  { name: "blockedWordsRu", key: "ru", label: "Blocked words: Russian" },
  { name: "blockedWordsAll", key: "*", label: "Blocked words: every language" },
] as const;

/** The campaign's settings in one form. Works without JavaScript; errors point at their field. */
export function SettingsForm({ current }: { current: SettingsFormValues }) {
  const [state, formAction, pending] = useActionState(updateSettingsAction, initialFormState<CampaignSettingsField>());
  const value = (name: CampaignSettingsField, fallback: string) => state.values[name] ?? fallback;
  const errors = state.fieldErrors;
  const errorCount = Object.keys(errors).length;
  return (
    <form action={formAction} noValidate className="mt-4 space-y-6">
      {(errorCount > 0 || state.formError) && (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
          {state.formError ? messageFor(state.formError) : `Nothing was saved: correct ${errorCount === 1 ? "1 field" : `${errorCount} fields`} below.`}
        </p>
      )}
      <div className="grid gap-6 sm:grid-cols-2">
        <LabelledField messageFor={messageFor} id="goal" name="goal" label="Goal (pledges)" inputMode="numeric" defaultValue={value("goal", String(current.goal))} errors={errors.goal} />
        <LabelledField messageFor={messageFor}
          id="mapThreshold"
          name="mapThreshold"
          label="Map threshold k"
          hint="Smallest group shown as a point on the public map (at least 3)."
          inputMode="numeric"
          defaultValue={value("mapThreshold", String(current.mapThreshold))}
          errors={errors.mapThreshold}
        />
        <LabelledField messageFor={messageFor}
          id="sensitiveCountries"
          name="sensitiveCountries"
          label="Sensitive countries"
          hint="ISO codes, e.g. BY, RU. Supporters there are never named publicly unless they opt in."
          defaultValue={value("sensitiveCountries", current.sensitiveCountries.join(", "))}
          errors={errors.sensitiveCountries}
        />
        <LabelledField messageFor={messageFor}
          id="anomalyThreshold"
          name="anomalyThreshold"
          label="Anomaly threshold"
          hint="Confirmations per hour from one source above which the fraud panel flags it."
          inputMode="numeric"
          defaultValue={value("anomalyThreshold", String(current.anomalyThreshold))}
          errors={errors.anomalyThreshold}
        />
        <LabelledField messageFor={messageFor}
          id="retentionMonths"
          name="retentionMonths"
          label="Retention (months)"
          hint="Months after the campaign closes when supporters' personal data is erased."
          inputMode="numeric"
          defaultValue={value("retentionMonths", String(current.retentionMonths))}
          errors={errors.retentionMonths}
        />
      </div>
      <fieldset>
        <legend className="text-lg font-bold">Blocked words</legend>
        <p className="text-sm text-slate-700">One word or phrase per line. A message containing one is held for moderation.</p>
        <div className="mt-2 grid gap-6 sm:grid-cols-2">
          {wordLists.map((list) => (
            <LabelledField messageFor={messageFor}
              key={list.name}
              id={list.name}
              name={list.name}
              label={list.label}
              rows={6}
              defaultValue={value(list.name, current.blockedWords[list.key].join("\n"))}
              errors={errors[list.name]}
            />
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className={buttonClass()}>
        Save settings
      </button>
    </form>
  );
}
