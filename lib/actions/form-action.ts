import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { errorCode } from "./error-code";
import { fieldErrorsOf } from "./field-errors";
import type { FormState } from "./form-state";

/**
 * The one wrapper every form action goes through: it parses the submitted fields with the
 * form's own zod schema (the browser ran the same schema; the server never trusts it), runs
 * the handler only on valid input, and turns every failure into a FormState the form can show
 * — with or without JavaScript. Authorisation, where an action needs it, is the handler's
 * first line (see lib/auth/).
 */
export function formAction<Schema extends z.ZodType, Field extends string>(
  schema: Schema,
  handler: (input: z.output<Schema>, formData: FormData) => Promise<string | void>,
  options: { echoFields: readonly Field[] },
) {
  return async function action(_previous: FormState<Field>, formData: FormData): Promise<FormState<Field>> {
    const values = echoValues(formData, options.echoFields);
    const raw = Object.fromEntries(
      [...formData.entries()].filter(([key, value]) => !key.startsWith("$") && typeof value === "string"),
    );
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return { status: "invalid", fieldErrors: fieldErrorsOf<Field>(parsed.error), formError: null, values };
    }
    try {
      const outcome = await handler(parsed.data, formData);
      return { status: "done", fieldErrors: {}, formError: null, values: {}, ...(outcome ? { outcome } : {}) };
    } catch (error) {
      // redirect() and notFound() work by throwing; they are answers, not failures.
      unstable_rethrow(error);
      if (error instanceof ValidationError) {
        return { status: "invalid", fieldErrors: error.fieldErrors as FormState<Field>["fieldErrors"], formError: null, values };
      }
      return { status: "failed", fieldErrors: {}, formError: errorCode(error).code, values };
    }
  };
}

function echoValues<Field extends string>(formData: FormData, fields: readonly Field[]): Partial<Record<Field, string>> {
  const values: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const value = formData.get(field);
    // Cap what we echo: a 1 MB field must not come back inside the page.
    if (typeof value === "string") values[field] = value.slice(0, 2000);
  }
  return values;
}
