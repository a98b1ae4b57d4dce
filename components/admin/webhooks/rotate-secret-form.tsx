"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState, type FormStateAction } from "@/lib/actions/form-state";
import { buttonClass } from "@/components/admin/ui/button-class";
import { useFormMessage } from "@/components/admin/ui/form-messages";
import { SecretNotice } from "./secret-notice";

/** "Rotate secret": the new secret comes back as the action's outcome and is shown here once. */
export function RotateSecretForm({ rotateAction, endpointId, url }: { rotateAction: FormStateAction<"id">; endpointId: string; url: string }) {
  const t = useTranslations("adminWebhooks");
  const messageFor = useFormMessage();
  const [state, formAction, pending] = useActionState(rotateAction, initialFormState<"id">());
  const errors = [...(state.fieldErrors.id ?? []), ...(state.formError ? [state.formError] : [])];
  return (
    <form action={formAction} className="contents">
      <input type="hidden" name="id" value={endpointId} />
      <button type="submit" disabled={pending} aria-label={t("rotateLabel", { url })} className={buttonClass("secondary")}>
        {t("rotate")}
      </button>
      {errors.length > 0 && (
        <p role="alert" className="w-full rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
          {errors.map(messageFor).join(" ")}
        </p>
      )}
      {state.status === "done" && state.outcome && <SecretNotice secret={state.outcome} lead={t("rotated")} />}
    </form>
  );
}
