import countries from "i18n-iso-countries";

// Client-safe. ISO 3166-1 alpha-2 codes come from i18n-iso-countries, the same library that
// gives us localised country names, so the form's list and the server's check cannot drift.
const knownCodes = new Set(Object.keys(countries.getAlpha2Codes()));

export function isCountryCode(code: string): boolean {
  return knownCodes.has(code);
}

export function allCountryCodes(): string[] {
  return [...knownCodes];
}
