"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState, type FormStateAction } from "@/lib/actions/form-state";
import type { CrmSettingsField } from "@/lib/crm/crm-settings-schema";
import { buttonClass } from "@/components/admin/ui/button-class";
import { useFormMessage } from "@/components/admin/ui/form-messages";
import { LabelledField } from "@/components/admin/ui/labelled-field";

export interface CrmFormValues {
  endpointUrl: string;
  tags: string;
  enabled: boolean;
  apiKeySet: boolean;
}

/**
 * The CRM's address, key, tags and switch. The key field is always empty: a key that is set is
 * never sent back to the browser, only said to be set; typing a new one replaces it. Works
 * without JavaScript; errors point at their field.
 */
export function CrmSettingsForm({ saveAction, current }: { saveAction: FormStateAction<CrmSettingsField>; current: CrmFormValues }) {
  const t = useTranslations("adminCrm");
  const messageFor = useFormMessage();
  const [state, formAction, pending] = useActionState(saveAction, initialFormState<CrmSettingsField>());
  const keyErrors = state.fieldErrors.apiKey;
  const enabled = state.status === "idle" ? current.enabled : state.values.enabled === "on";
  return (
    <form action={formAction} noValidate className="mt-4 max-w-3xl space-y-4">
      {state.formError && (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
          {messageFor(state.formError)}
        </p>
      )}
      <LabelledField id="crm-endpoint" name="endpointUrl" label={t("endpointUrl")} hint={t("endpointUrlHint")} defaultValue={state.values.endpointUrl ?? current.endpointUrl} errors={state.fieldErrors.endpointUrl} />
      <div>
        <label htmlFor="crm-api-key" className="block font-semibold">
          {current.apiKeySet ? t("apiKeyReplace") : t("apiKey")}
        </label>
        <p id="crm-api-key-hint" className="text-sm text-slate-700">
          {current.apiKeySet ? t("apiKeyReplaceHint") : t("apiKeyHint")}
        </p>
        <input
          id="crm-api-key"
          name="apiKey"
          type="password"
          autoComplete="off"
          spellCheck={false}
          defaultValue=""
          aria-invalid={keyErrors?.length ? true : undefined}
          aria-describedby={["crm-api-key-hint", keyErrors?.length ? "crm-api-key-error" : null].filter(Boolean).join(" ")}
          className="field mt-1"
        />
        {keyErrors?.length ? (
          <p id="crm-api-key-error" className="mt-1 text-sm font-medium text-red-800">
            {keyErrors.map(messageFor).join(" ")}
          </p>
        ) : null}
      </div>
      <LabelledField id="crm-tags" name="tags" label={t("tags")} hint={t("tagsHint")} rows={3} defaultValue={state.values.tags ?? current.tags} errors={state.fieldErrors.tags} />
      <div className="flex items-center gap-3">
        <input id="crm-enabled" name="enabled" type="checkbox" defaultChecked={enabled} className="size-5" aria-describedby="crm-enabled-hint" />
        <label htmlFor="crm-enabled" className="font-semibold">
          {t("enabled")}
        </label>
      </div>
      <p id="crm-enabled-hint" className="text-sm text-slate-700">
        {t("enabledHint")}
      </p>
      <button type="submit" disabled={pending} className={buttonClass()}>
        {t("save")}
      </button>
    </form>
  );
}
