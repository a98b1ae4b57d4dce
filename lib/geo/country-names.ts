import "server-only";
import countries from "i18n-iso-countries";
import be from "i18n-iso-countries/langs/be.json";
import en from "i18n-iso-countries/langs/en.json";
import ru from "i18n-iso-countries/langs/ru.json";
import { routing, type Locale } from "@/lib/i18n/routing";
import { allCountryCodes } from "./country-codes";
import { displayNameOverrides } from "./country-display-names";
import type { CountryOption } from "./country-option";
import { extraSearchTerms, searchKey } from "./country-search-terms";

// Localised country names from i18n-iso-countries, registered on the server only so the
// browser never downloads every language's list. Adding a locale: register its file here.
for (const data of [en, be, ru]) countries.registerLocale(data);

/** The everyday name ("United Kingdom", "Czechia"): the same in the form, the tables and the wall. */
export function countryName(code: string, locale: Locale): string {
  return (
    displayNameOverrides[locale][code] ??
    countries.getName(code, locale, { select: "alias" }) ??
    countries.getName(code, "en", { select: "alias" }) ??
    code
  );
}

/** Every country, named and sorted the way a reader of `locale` expects. */
export function countryOptions(locale: Locale): CountryOption[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return allCountryCodes()
    .map((code) => ({ code, name: countryName(code, locale), search: searchTerms(code) }))
    .sort((a, b) => collator.compare(sortKey(a.name), sortKey(b.name)));
}

// "The Netherlands" and "The Gambia" belong under N and G, as in any atlas index.
function sortKey(name: string): string {
  return name.replace(/^the\s+/i, "");
}

function searchTerms(code: string): string {
  const names = routing.locales.flatMap((locale) => [
    ...(countries.getName(code, locale, { select: "all" }) ?? []),
    countryName(code, locale),
  ]);
  const keys = new Set([code.toLowerCase(), ...[...names, ...(extraSearchTerms[code] ?? [])].map(searchKey)]);
  return [...keys].join("|");
}
