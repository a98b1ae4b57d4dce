"use client";

import { useActionState, type ReactNode } from "react";
import { initialFormState, type FormStateAction } from "@/lib/actions/form-state";
import { buttonClass } from "./button-class";
import { useFormMessage } from "./form-messages";

export type Action = FormStateAction<string>;

/**
 * A form posting to an admin server action. Works without JavaScript (the browser posts; the
 * server answers with a redirect on success or renders the page again with the errors). Its
 * fields come from the server component that renders it.
 */
export function ActionForm(props: {
  action: Action;
  submitLabel: string;
  children?: ReactNode;
  tone?: "primary" | "secondary" | "danger";
  className?: string;
  /** Describes what the button acts on, for screen readers (e.g. "Remove anna@example.org"). */
  buttonLabel?: string;
}) {
  const messageFor = useFormMessage();
  const [state, formAction, pending] = useActionState(props.action, initialFormState<string>());
  const fieldMessages = Object.values(state.fieldErrors).flatMap((keys) => keys ?? []);
  const messages = [...new Set([...fieldMessages, ...(state.formError ? [state.formError] : [])])];
  return (
    <form action={formAction} className={props.className ?? "flex flex-wrap items-end gap-3"}>
      {messages.length > 0 && (
        <p role="alert" className="w-full rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
          {messages.map(messageFor).join(" ")}
        </p>
      )}
      {props.children}
      <button type="submit" disabled={pending} aria-label={props.buttonLabel} className={buttonClass(props.tone)}>
        {props.submitLabel}
      </button>
    </form>
  );
}
