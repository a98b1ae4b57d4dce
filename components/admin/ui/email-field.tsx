"use client";

import { useFormMessage } from "./form-messages";

/** A labelled email input that points at its error, for the sign-in and invite forms. */
export function EmailField(props: { id: string; label: string; errors: string[] | undefined; defaultValue?: string; hint?: string }) {
  const messageFor = useFormMessage();
  const errorId = `${props.id}-error`;
  const hintId = `${props.id}-hint`;
  const describedBy = [props.hint ? hintId : null, props.errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="min-w-64 flex-1">
      <label htmlFor={props.id} className="block font-semibold">
        {props.label}
      </label>
      {props.hint && (
        <p id={hintId} className="text-sm text-slate-700">
          {props.hint}
        </p>
      )}
      <input
        id={props.id}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={props.defaultValue}
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="field mt-1"
      />
      {props.errors?.length ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {props.errors.map(messageFor).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
