"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState, type FormStateAction } from "@/lib/actions/form-state";
import { PACK_LOCALES, type RecipientField } from "@/lib/delivery/delivery-schemas";
import { buttonClass } from "@/components/admin/ui/button-class";
import { EmailField } from "@/components/admin/ui/email-field";
import { useFormMessage } from "@/components/admin/ui/form-messages";
import { LabelledField } from "@/components/admin/ui/labelled-field";

/** Adds a recipient of the pack. Works without JavaScript; errors point at their field. */
export function RecipientForm({ addRecipientAction, languageNames }: { addRecipientAction: FormStateAction<RecipientField>; languageNames: Record<string, string> }) {
  const t = useTranslations("adminDelivery");
  const messageFor = useFormMessage();
  const [state, formAction, pending] = useActionState(addRecipientAction, initialFormState<RecipientField>());
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-wrap items-end gap-4">
      {state.formError && (
        <p role="alert" className="w-full rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
          {messageFor(state.formError)}
        </p>
      )}
      <LabelledField id="recipient-name" name="name" label={t("name")} defaultValue={state.values.name ?? ""} errors={state.fieldErrors.name} />
      <LabelledField id="recipient-organisation" name="organisation" label={t("organisation")} defaultValue={state.values.organisation ?? ""} errors={state.fieldErrors.organisation} />
      <EmailField id="recipient-email" label={t("email")} errors={state.fieldErrors.email} defaultValue={state.values.email} />
      <div>
        <label htmlFor="recipient-locale" className="block font-semibold">
          {t("language")}
        </label>
        <select id="recipient-locale" name="locale" defaultValue={state.values.locale ?? "en"} className="field mt-1">
          {PACK_LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {languageNames[locale]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className={buttonClass()}>
        {t("add")}
      </button>
    </form>
  );
}
