"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState, type FormStateAction } from "@/lib/actions/form-state";
import type { ScheduleField } from "@/lib/delivery/delivery-schemas";
import { buttonClass } from "@/components/admin/ui/button-class";
import { useFormMessage } from "@/components/admin/ui/form-messages";

/** Sets the send time: a wall-clock time in a chosen zone (the server stores it in UTC). */
export function ScheduleForm(props: { scheduleAction: FormStateAction<ScheduleField>; timeZones: string[]; current: { sendAt: string; timeZone: string } }) {
  const t = useTranslations("adminDelivery");
  const messageFor = useFormMessage();
  const [state, formAction, pending] = useActionState(props.scheduleAction, initialFormState<ScheduleField>());
  const errors = [...(state.fieldErrors.sendAt ?? []), ...(state.fieldErrors.timeZone ?? []), ...(state.formError ? [state.formError] : [])];
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-wrap items-end gap-4">
      {errors.length > 0 && (
        <p role="alert" className="w-full rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
          {[...new Set(errors)].map(messageFor).join(" ")}
        </p>
      )}
      <div>
        <label htmlFor="delivery-send-at" className="block font-semibold">
          {t("sendAt")}
        </label>
        <input id="delivery-send-at" name="sendAt" type="datetime-local" required defaultValue={state.values.sendAt ?? props.current.sendAt} aria-invalid={Boolean(state.fieldErrors.sendAt) || undefined} className="field mt-1" />
      </div>
      <div>
        <label htmlFor="delivery-time-zone" className="block font-semibold">
          {t("timeZone")}
        </label>
        <select id="delivery-time-zone" name="timeZone" defaultValue={state.values.timeZone ?? props.current.timeZone} className="field mt-1">
          {props.timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className={buttonClass()}>
        {t("schedule")}
      </button>
    </form>
  );
}
