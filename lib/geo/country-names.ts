import "server-only";
import countries from "i18n-iso-countries";
import be from "i18n-iso-countries/langs/be.json";
import en from "i18n-iso-countries/langs/en.json";
import ru from "i18n-iso-countries/langs/ru.json";
import type { Locale } from "@/lib/i18n/routing";
import { allCountryCodes } from "./country-codes";

// Localised country names from i18n-iso-countries, registered on the server only so the
// browser never downloads every language's list. Adding a locale: register its file here.
for (const data of [en, be, ru]) countries.registerLocale(data);

/** The everyday name ("United Kingdom", "Czechia"): the same in the form, the tables and the wall. */
export function countryName(code: string, locale: Locale): string {
  return countries.getName(code, locale, { select: "alias" }) ?? countries.getName(code, "en", { select: "alias" }) ?? code;
}

/** Every country, named and sorted the way a reader of `locale` expects. */
export function countryOptions(locale: Locale): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return allCountryCodes()
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
