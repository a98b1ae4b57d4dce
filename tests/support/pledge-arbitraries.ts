import fc from "fast-check";
import { displayModes } from "@/lib/pledges/pledge-limits";
import { hostileEmails, hostileInputs } from "@/tests/fixtures/hostile-inputs";

// Generators of pledge form submissions for the property-based tests: mostly nonsense and
// hostile text, with enough well-formed values mixed in that a good share passes validation.

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const control = fc.integer({ min: 0, max: 0x9f }).filter((code) => code < 0x20 || code >= 0x7f).map((code) => String.fromCharCode(code));
const bidi = fc.constantFrom("\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069");
const hostile = fc.constantFrom(...hostileInputs.map((input) => input.value));

/** Any text a form field could carry: arbitrary code points, controls, surrogates, hostile corpus. */
export const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 140 }) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 140 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.string({ maxLength: 5 }), loneSurrogate, control, bidi), { maxLength: 20 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: hostile },
  { weight: 1, arbitrary: fc.string({ minLength: 90, maxLength: 600 }) },
);

const plausibleName = fc.constantFrom("Anna Kowalska", "Алесь Бяляцкі", "Jana Nováková", "O'Brien", "李雷", "שרה כהן");
const field = (plausible: fc.Arbitrary<string>) =>
  fc.option(fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: anyText }), { nil: undefined, freq: 20 });

/**
 * Stands for a well-formed address; database tests replace it with a fresh one per submission
 * (fast-check replays values while shrinking, so uniqueness cannot live in the generator).
 */
export const FRESH_EMAIL = "fresh-signer@example.org";

const emailField = fc.option(
  fc.oneof(
    { weight: 8, arbitrary: fc.constant(FRESH_EMAIL) },
    { weight: 1, arbitrary: anyText },
    { weight: 1, arbitrary: fc.constantFrom(...hostileEmails) },
  ),
  { nil: undefined, freq: 20 },
);

export function pledgeSubmission() {
  return fc.record(
    {
      name: field(plausibleName),
      email: emailField,
      country: field(fc.constantFrom("PL", "by", " de ", "XX", "Belarus", "")),
      city: field(fc.constantFrom("Kraków", "Minsk", "Мінск", "")),
      displayMode: field(fc.constantFrom(...displayModes, "EVERYONE")),
      message: field(fc.constantFrom("Solidarity!", "Жыве Беларусь!", "")),
      publicInSensitiveCountry: field(fc.constantFrom("on", "true", "", "yes")),
      consentProcessing: field(fc.constantFrom("on", "on", "on", "true", "", "off")),
      consentUpdates: field(fc.constantFrom("on", "", "1")),
    },
  );
}

export type PledgeSubmission = Partial<Record<string, string | undefined>>;
