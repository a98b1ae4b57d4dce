// The pledge form's limits and choices, apart from its zod schema (./schema.ts) so the form's
// fields can show them without the browser downloading zod before the supporter starts typing
// (components/pledge/pledge-form.tsx loads the schema on first focus).

export const NAME_MAX = 100;
/** RFC 5321: a path of at most 256 octets, so an address of at most 254. */
export const EMAIL_MAX = 254;
export const MESSAGE_MAX = 500;
export const CITY_MAX = 120;
export const displayModes = ["FULL_NAME", "FIRST_NAME_INITIAL", "ANONYMOUS"] as const;

/** The limits the error messages quote ("at most {nameMax} characters"), so the text never drifts. */
export const limitValues = { nameMax: NAME_MAX, messageMax: MESSAGE_MAX, cityMax: CITY_MAX } as const;
