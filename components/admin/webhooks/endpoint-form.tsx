"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState, type FormStateAction } from "@/lib/actions/form-state";
import { ALWAYS_SENT, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/webhook-event-types";
import { eventFieldName, type EndpointField } from "@/lib/webhooks/webhook-schemas";
import { buttonClass } from "@/components/admin/ui/button-class";
import { useFormMessage } from "@/components/admin/ui/form-messages";
import { LabelledField } from "@/components/admin/ui/labelled-field";
import { SecretNotice } from "./secret-notice";

/**
 * Registers an endpoint. On success the action answers with the new secret (its `outcome`), shown
 * here once; without JavaScript the server renders the page with the same state. The deletion
 * event cannot be unticked: a receiver told about a supporter must hear of their withdrawal.
 */
export function EndpointForm({ createAction }: { createAction: FormStateAction<EndpointField> }) {
  const t = useTranslations("adminWebhooks");
  const messageFor = useFormMessage();
  const [state, formAction, pending] = useActionState(createAction, initialFormState<EndpointField>());
  const eventErrors = state.fieldErrors.events;
  return (
    <form action={formAction} noValidate className="mt-4 space-y-4">
      {state.formError && (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
          {messageFor(state.formError)}
        </p>
      )}
      {state.status === "done" && state.outcome && <SecretNotice secret={state.outcome} lead={t("done.created")} />}
      <LabelledField id="webhook-url" name="url" label={t("url")} hint={t("urlHint")} defaultValue={state.values.url ?? ""} errors={state.fieldErrors.url} className="max-w-2xl" />
      <fieldset aria-describedby={eventErrors?.length ? "webhook-events-error" : undefined}>
        <legend className="font-semibold">{t("events")}</legend>
        {WEBHOOK_EVENT_TYPES.map((type) => {
          const always = ALWAYS_SENT.includes(type);
          const name = eventFieldName(type);
          return (
            <div key={type} className="mt-2 flex items-start gap-2">
              <input
                id={name}
                type="checkbox"
                name={always ? undefined : name}
                className="mt-1 size-5"
                disabled={always}
                defaultChecked={always || state.status === "idle" || state.values[name as EndpointField] === "on"}
              />
              <label htmlFor={name}>{t(`eventNames.${type.replace(".", "_")}`)}</label>
            </div>
          );
        })}
        {eventErrors?.length ? (
          <p id="webhook-events-error" className="mt-1 text-sm font-medium text-red-800">
            {eventErrors.map(messageFor).join(" ")}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" disabled={pending} className={buttonClass()}>
        {t("add")}
      </button>
    </form>
  );
}
