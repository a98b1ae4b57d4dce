"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState, type FormStateAction } from "@/lib/actions/form-state";
import type { BlockedWords, CampaignSettingsField } from "@/lib/campaigns/settings-schema";
import { buttonClass } from "@/components/admin/ui/button-class";
import { useFormMessage } from "@/components/admin/ui/form-messages";
import { LabelledField } from "@/components/admin/ui/labelled-field";
import { EventSigningUrlField } from "./event-signing-url-field";

export interface SettingsFormValues {
  goal: number;
  sensitiveCountries: string[];
  mapThreshold: number;
  anomalyThreshold: number;
  retentionMonths: number;
  blockedWords: BlockedWords;
  eventSigningUrl: string | null;
}

const wordLists = [
  { name: "blockedWordsEn", key: "en", labelKey: "en" },
  { name: "blockedWordsBe", key: "be", labelKey: "be" },
  { name: "blockedWordsRu", key: "ru", labelKey: "ru" },
  { name: "blockedWordsAll", key: "*", labelKey: "all" },
] as const;

/** The campaign's settings in one form. Works without JavaScript; errors point at their field. */
export function SettingsForm({ current, defaultEventUrl, updateSettingsAction }: { current: SettingsFormValues; defaultEventUrl: string; updateSettingsAction: FormStateAction<CampaignSettingsField> }) {
  const t = useTranslations("adminSettings.form");
  const messageFor = useFormMessage();
  const [state, formAction, pending] = useActionState(updateSettingsAction, initialFormState<CampaignSettingsField>());
  const value = (name: CampaignSettingsField, fallback: string) => state.values[name] ?? fallback;
  const errors = state.fieldErrors;
  const errorCount = Object.keys(errors).length;
  return (
    <form action={formAction} noValidate className="mt-4 space-y-6">
      {(errorCount > 0 || state.formError) && (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
          {state.formError ? messageFor(state.formError) : t("notSaved", { count: errorCount })}
        </p>
      )}
      <div className="grid gap-6 sm:grid-cols-2">
        <LabelledField id="goal" name="goal" label={t("goal")} inputMode="numeric" defaultValue={value("goal", String(current.goal))} errors={errors.goal} />
        <LabelledField
          id="mapThreshold"
          name="mapThreshold"
          label={t("mapThreshold")}
          hint={t("mapThresholdHint")}
          inputMode="numeric"
          defaultValue={value("mapThreshold", String(current.mapThreshold))}
          errors={errors.mapThreshold}
        />
        <LabelledField
          id="sensitiveCountries"
          name="sensitiveCountries"
          label={t("sensitiveCountries")}
          hint={t("sensitiveCountriesHint")}
          defaultValue={value("sensitiveCountries", current.sensitiveCountries.join(", "))}
          errors={errors.sensitiveCountries}
        />
        <LabelledField
          id="anomalyThreshold"
          name="anomalyThreshold"
          label={t("anomalyThreshold")}
          hint={t("anomalyThresholdHint")}
          inputMode="numeric"
          defaultValue={value("anomalyThreshold", String(current.anomalyThreshold))}
          errors={errors.anomalyThreshold}
        />
        <LabelledField
          id="retentionMonths"
          name="retentionMonths"
          label={t("retentionMonths")}
          hint={t("retentionMonthsHint")}
          inputMode="numeric"
          defaultValue={value("retentionMonths", String(current.retentionMonths))}
          errors={errors.retentionMonths}
        />
        <EventSigningUrlField
          defaultValue={value("eventSigningUrl", current.eventSigningUrl ?? "")}
          defaultShort={defaultEventUrl}
          errors={errors.eventSigningUrl}
        />
      </div>
      <fieldset>
        <legend className="text-lg font-bold">{t("blockedWords")}</legend>
        <p className="text-sm text-slate-700">{t("blockedWordsHint")}</p>
        <div className="mt-2 grid gap-6 sm:grid-cols-2">
          {wordLists.map((list) => (
            <LabelledField
              key={list.name}
              id={list.name}
              name={list.name}
              label={t(`wordList.${list.labelKey}`)}
              rows={6}
              defaultValue={value(list.name, current.blockedWords[list.key].join("\n"))}
              errors={errors[list.name]}
            />
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className={buttonClass()}>
        {t("save")}
      </button>
    </form>
  );
}
