import { z } from "zod";
import { isCountryCode } from "@/lib/geo/country-codes";
import { normaliseEmail } from "@/lib/privacy/normalise-email";
import { suggestEmail } from "./email-typos";
import { CITY_MAX, displayModes, EMAIL_MAX, MESSAGE_MAX, NAME_MAX } from "./pledge-limits";

// One schema for the pledge form, used by the browser (inline errors) and parsed again on the
// server. Client-safe: no secrets, no database. Messages are keys under "pledgeForm.errors" in
// messages/<locale>.json, so every error is shown in the reader's language.


// What free text may not contain (docs/decisions/0018-text-input-policy.md): C0/C1 control
// characters (tab and line breaks excepted; NUL among them), Unicode bidirectional embeddings,
// overrides and isolates, which can make a displayed name read differently from what was
// stored, the noncharacters U+FFFE/U+FFFF, and lone surrogates (text that is not valid UTF-16,
// which PostgreSQL could only store altered).
const forbiddenCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|\p{Cs}/u;

/** True when `value` may be stored as typed (see forbiddenCharacters). */
export function isAcceptableText(value: string): boolean {
  return !forbiddenCharacters.test(value);
}

// A ticked box posts "on" (or true from a script); anything else, including values no browser
// sends, counts as unticked, so a forged value gets the box's own error, never a generic one.
const checkbox = z
  .union([z.boolean(), z.string()], { error: "consentRequired" })
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

export const pledgeInputSchema = z.object({
  name: z
    .string({ error: "nameRequired" })
    .transform((value) => value.normalize("NFC").trim().replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .min(1, { error: "nameRequired" })
        .max(NAME_MAX, { error: "nameTooLong" })
        .refine(isAcceptableText, { error: "nameInvalid" }),
    ),
  email: z
    .string({ error: "emailRequired" })
    .transform((value) => normaliseEmail(value))
    .pipe(
      z
        .string()
        .min(1, { error: "emailRequired" })
        .max(EMAIL_MAX, { error: "emailInvalid" })
        .pipe(z.email({ error: "emailInvalid" }))
        // A mistyped provider ("gmial.com") gets "did you mean …?" (./email-typos.ts).
        .refine((value) => suggestEmail(value) === null, { error: "emailTypo" }),
    ),
  country: z
    .string({ error: "countryRequired" })
    .trim()
    .toUpperCase()
    .refine((value) => value.length > 0, { error: "countryRequired" })
    .refine((value) => value.length === 0 || isCountryCode(value), { error: "countryInvalid" }),
  /** Free text; the server looks it up in the offline gazetteer (unknown places stay text only). */
  city: z
    .string()
    .optional()
    .transform((value) => (value ?? "").normalize("NFC").trim())
    .pipe(z.string().max(CITY_MAX, { error: "cityTooLong" }).refine(isAcceptableText, { error: "cityInvalid" }))
    .transform((value) => (value.length > 0 ? value : null)),
  displayMode: z.enum(displayModes, { error: "displayModeInvalid" }).default("ANONYMOUS"),
  message: z
    .string()
    .optional()
    .transform((value) => (value ?? "").normalize("NFC").trim())
    .pipe(
      z
        .string()
        .max(MESSAGE_MAX, { error: "messageTooLong" })
        .refine(isAcceptableText, { error: "messageInvalid" }),
    )
    .transform((value) => (value.length > 0 ? value : null)),
  /** A supporter in a sensitive country may still choose to be named publicly. */
  publicInSensitiveCountry: checkbox,
  consentProcessing: checkbox.refine((value) => value, { error: "consentRequired" }),
  consentUpdates: checkbox,
});

export type PledgeInput = z.infer<typeof pledgeInputSchema>;
export type PledgeField = keyof z.input<typeof pledgeInputSchema>;

