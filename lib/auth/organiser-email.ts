import { z } from "zod";

// Client-safe. Organisers' addresses are normalised exactly as Auth.js normalises the address
// typed on the sign-in page (NFKC, trimmed, lower case), so the row an admin adds is the row a
// sign-in finds.
export function normaliseOrganiserEmail(value: string): string {
  return value.normalize("NFKC").trim().toLowerCase();
}

/** Error messages are keys (see components/admin/ui/form-messages.ts). */
export const organiserEmailSchema = z
  .string({ error: "emailRequired" })
  .transform(normaliseOrganiserEmail)
  .pipe(
    z
      .string()
      .min(1, { error: "emailRequired" })
      .max(254, { error: "emailInvalid" })
      .pipe(z.email({ error: "emailInvalid" })),
  );
