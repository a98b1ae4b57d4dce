"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState, type FormStateAction } from "@/lib/actions/form-state";
import type { NewCampaignField } from "@/lib/campaigns/new-campaign-schema";
import { buttonClass } from "@/components/admin/ui/button-class";
import { useFormMessage } from "@/components/admin/ui/form-messages";
import { LabelledField } from "@/components/admin/ui/labelled-field";

/** Creates a campaign. Works without JavaScript; each error points at its field. */
export function NewCampaignForm({ createCampaignAction }: { createCampaignAction: FormStateAction<NewCampaignField> }) {
  const t = useTranslations("adminCampaigns.form");
  const messageFor = useFormMessage();
  const [state, formAction, pending] = useActionState(createCampaignAction, initialFormState<NewCampaignField>());
  const statusErrors = state.fieldErrors.status;
  return (
    <form action={formAction} noValidate className="mt-6 max-w-xl space-y-5">
      {state.formError && (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
          {messageFor(state.formError)}
        </p>
      )}
      <LabelledField id="campaign-title" name="title" label={t("title")} hint={t("titleHint")} defaultValue={state.values.title ?? ""} errors={state.fieldErrors.title} />
      <LabelledField id="campaign-slug" name="slug" label={t("slug")} hint={t("slugHint")} defaultValue={state.values.slug ?? ""} errors={state.fieldErrors.slug} />
      <LabelledField id="campaign-goal" name="goal" label={t("goal")} inputMode="numeric" defaultValue={state.values.goal ?? "1000"} errors={state.fieldErrors.goal} />
      <div>
        <label htmlFor="campaign-status" className="block font-semibold">
          {t("status")}
        </label>
        <select
          id="campaign-status"
          name="status"
          defaultValue={state.values.status ?? "DRAFT"}
          aria-invalid={statusErrors?.length ? true : undefined}
          aria-describedby={statusErrors?.length ? "campaign-status-error" : undefined}
          className="field mt-1"
        >
          <option value="DRAFT">{t("statusDraft")}</option>
          <option value="LIVE">{t("statusLive")}</option>
        </select>
        {statusErrors?.length ? (
          <p id="campaign-status-error" className="mt-1 text-sm font-medium text-red-800">
            {statusErrors.map(messageFor).join(" ")}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className={buttonClass()}>
        {t("submit")}
      </button>
    </form>
  );
}
