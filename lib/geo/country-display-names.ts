import type { Locale } from "@/lib/i18n/routing";

// Where i18n-iso-countries' everyday name is not the one people look for (issue #15: the UK was
// listed as "UK" after Uganda, two options read "Congo"), the name we show instead. Both Congos
// keep "Congo" first so they sit together in the list and stay told apart. The library's other
// names remain searchable (./country-search-terms.ts).
export const displayNameOverrides: Record<Locale, Record<string, string>> = {
  en: {
    AE: "United Arab Emirates",
    BN: "Brunei",
    CD: "Congo (Democratic Republic)",
    CG: "Congo (Republic)",
    FK: "Falkland Islands",
    FM: "Micronesia",
    GB: "United Kingdom",
    GM: "Gambia",
    KR: "South Korea",
    LA: "Laos",
    MD: "Moldova",
    NL: "Netherlands",
    RE: "Réunion",
    SY: "Syria",
    VA: "Vatican City",
    VG: "British Virgin Islands",
    VI: "US Virgin Islands",
    AX: "Åland Islands",
    ST: "São Tomé and Príncipe",
  },
  be: {
    CD: "Конга (Дэмакратычная Рэспубліка)",
    CG: "Конга (Рэспубліка)",
    MK: "Паўночная Македонія",
    PS: "Палесціна",
  },
  ru: {
    CD: "Конго (Демократическая Республика)",
    CG: "Конго (Республика)",
    KP: "Северная Корея",
    KR: "Южная Корея",
    PS: "Палестина",
  },
};
