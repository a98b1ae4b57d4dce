// Client-safe: the shape every form action returns to its form, with JavaScript (through
// useActionState) or without it (the server renders the page again with this state).

export interface FormState<Field extends string> {
  status: "idle" | "invalid" | "failed" | "done";
  /** Message keys per field (translated by the form). */
  fieldErrors: Partial<Record<Field, string[]>>;
  /** Message key of an error that belongs to no single field. */
  formError: string | null;
  /** What the person typed, so a page rendered without JavaScript can show it again. */
  values: Partial<Record<Field, string>>;
  /** What a successful action did, when the form shows different answers (e.g. "already-confirmed"). */
  outcome?: string;
}

export function initialFormState<Field extends string>(): FormState<Field> {
  return { status: "idle", fieldErrors: {}, formError: null, values: {} };
}

/** A form action as a form receives it: pages hand these to components, which never import app/. */
export type FormStateAction<Field extends string> = (previous: FormState<Field>, formData: FormData) => Promise<FormState<Field>>;
