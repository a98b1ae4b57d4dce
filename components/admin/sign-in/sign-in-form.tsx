"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef, useState, type FormEvent } from "react";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { initialFormState, type FormState, type FormStateAction } from "@/lib/actions/form-state";
import { signInRequestSchema } from "@/lib/auth/organiser-schemas";
import { buttonClass } from "@/components/admin/ui/button-class";
import { EmailField } from "@/components/admin/ui/email-field";
import { useFormMessage } from "@/components/admin/ui/form-messages";

type Field = "email" | "callbackUrl";

/** Works without JavaScript; with it, the same schema checks the address before sending. */
export function SignInForm({ callbackUrl, requestSignInLinkAction }: { callbackUrl: string; requestSignInLinkAction: FormStateAction<Field> }) {
  const t = useTranslations("adminSignIn");
  const messageFor = useFormMessage();
  const [state, formAction, pending] = useActionState(requestSignInLinkAction, initialFormState<Field>());
  const [clientErrors, setClientErrors] = useState<FormState<Field>["fieldErrors"] | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = clientErrors ?? state.fieldErrors;

  function check(event: FormEvent<HTMLFormElement>) {
    const parsed = signInRequestSchema.safeParse(Object.fromEntries(new FormData(event.currentTarget).entries()));
    if (parsed.success) return setClientErrors(null);
    event.preventDefault();
    setClientErrors(fieldErrorsOf<Field>(parsed.error));
    formRef.current?.querySelector<HTMLInputElement>("input[name=email]")?.focus();
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={check} noValidate className="mt-6 max-w-md space-y-4">
      {state.formError && (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
          {messageFor(state.formError)}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <EmailField id="sign-in-email" label={t("emailLabel")} errors={errors.email} defaultValue={state.values.email} />
      <button type="submit" disabled={pending} className={buttonClass()}>
        {t("submit")}
      </button>
    </form>
  );
}
