import type { z } from "zod";

// Client-safe: turns a zod error into "field → message keys", the shape forms render. Used by
// the browser (instant inline errors) and by the server (the authoritative parse).
export function fieldErrorsOf<Field extends string>(error: z.ZodError): Partial<Record<Field, string[]>> {
  const result: Partial<Record<string, string[]>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field !== "string") continue;
    const messages = (result[field] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return result as Partial<Record<Field, string[]>>;
}
