"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type TokenAction = (previous: FormState<never>, formData: FormData) => Promise<FormState<never>>;

/**
 * A single button that acts on an emailed token (confirm, withdraw). The action redirects to the
 * result page, so this only has to show failures (database down, unexpected errors).
 */
export function TokenActionForm(props: {
  action: TokenAction;
  token: string;
  locale: string;
  buttonLabel: string;
  buttonTone?: "primary" | "danger";
  failure: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(props.action, initialFormState<never>());
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="token" value={props.token} />
      <input type="hidden" name="locale" value={props.locale} />
      {state.formError && (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-4 text-red-900">
          {props.failure[state.formError] ?? props.failure.unexpected}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className={props.buttonTone === "danger" ? "button-primary bg-red-800 hover:bg-red-900" : "button-primary"}
      >
        {props.buttonLabel}
      </button>
    </form>
  );
}
