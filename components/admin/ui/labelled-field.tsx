"use client";

import { useFormMessage } from "./form-messages";

/**
 * A labelled text input or textarea for the admin forms: the hint and the error are tied to the
 * control with aria-describedby, and the control is marked invalid while it has an error.
 */
export function LabelledField(props: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  errors: string[] | undefined;
  hint?: string;
  rows?: number;
  inputMode?: "numeric" | "text";
  readOnly?: boolean;
  className?: string;
  /** The language of what is typed, when it is not the page's (the story editor). */
  lang?: string;
}) {
  const messageFor = useFormMessage();
  const errorId = `${props.id}-error`;
  const hintId = `${props.id}-hint`;
  const invalid = Boolean(props.errors?.length);
  const describedBy = [props.hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id: props.id,
    name: props.name,
    defaultValue: props.defaultValue,
    readOnly: props.readOnly,
    lang: props.lang,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy,
    className: "field mt-1",
  };
  return (
    <div className={props.className}>
      <label htmlFor={props.id} className="block font-semibold">
        {props.label}
      </label>
      {props.hint && (
        <p id={hintId} className="text-sm text-slate-700">
          {props.hint}
        </p>
      )}
      {props.rows ? <textarea {...common} rows={props.rows} spellCheck={false} /> : <input {...common} type="text" inputMode={props.inputMode} />}
      {invalid && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {props.errors!.map(messageFor).join(" ")}
        </p>
      )}
    </div>
  );
}
