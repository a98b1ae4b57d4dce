// A field people never see (and screen readers never announce) but form-filling bots do: a
// submission that fills it is answered like any other and stores nothing, so bots learn nothing.
export const HONEYPOT_FIELD = "website";

export function isHoneypotFilled(formData: FormData): boolean {
  const value = formData.get(HONEYPOT_FIELD);
  return typeof value === "string" && value.trim().length > 0;
}
