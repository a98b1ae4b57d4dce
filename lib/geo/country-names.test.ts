import { describe, expect, it } from "vitest";
import { routing } from "@/lib/i18n/routing";
import { countryOptions } from "./country-names";
import { matchCountries } from "./country-option";

// Issue #15: "United Kingdom", "USA", "Czech Republic", "Holland" found nothing; the UK sorted as
// "UK" after Uganda; "The Netherlands" sorted under T; two options read "Congo".

function found(locale: (typeof routing.locales)[number], typed: string): string | undefined {
  return matchCountries(countryOptions(locale), typed)[0]?.code;
}

describe("countryOptions", () => {
  it.each(routing.locales)("gives every country a distinct name in %s", (locale) => {
    const names = countryOptions(locale).map((option) => option.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("sorts the United Kingdom under U after the United Arab Emirates, and the Netherlands under N", () => {
    const names = countryOptions("en").map((option) => option.name);
    expect(names.indexOf("United Kingdom")).toBeGreaterThan(names.indexOf("Uganda"));
    expect(names.indexOf("United Kingdom")).toBeGreaterThan(names.indexOf("United Arab Emirates"));
    expect(names.indexOf("Netherlands")).toBe(names.indexOf("Nepal") + 1);
    expect(names.filter((name) => name.startsWith("Congo"))).toEqual(["Congo (Democratic Republic)", "Congo (Republic)"]);
  });

  it("sorts by the locale's alphabet (Belarusian і and ў in place)", () => {
    const names = countryOptions("be").map((option) => option.name);
    expect(names.indexOf("Беларусь")).toBeLessThan(names.indexOf("Вялікабрытанія"));
  });
});

describe("matchCountries", () => {
  it.each([
    ["United Kingdom", "GB"],
    ["Great Britain", "GB"],
    ["uk", "GB"],
    ["England", "GB"],
    ["USA", "US"],
    ["America", "US"],
    ["Czech Republic", "CZ"],
    ["Holland", "NL"],
    ["the netherlands", "NL"],
    ["Ivory Coast", "CI"],
    ["cote d'ivoire", "CI"],
    ["DR Congo", "CD"],
    ["Byelorussia", "BY"],
    ["Russia", "RU"],
  ])("finds %s in English as %s", (typed, code) => {
    expect(found("en", typed)).toBe(code);
  });

  it.each([
    ["ru", "Белоруссия", "BY"],
    ["ru", "Республика Беларусь", "BY"],
    ["ru", "Англия", "GB"],
    ["ru", "Голландия", "NL"],
    ["ru", "Чешская Республика", "CZ"],
    ["be", "Рэспубліка Беларусь", "BY"],
    ["be", "Англія", "GB"],
    ["be", "ЗША", "US"],
    ["be", "Holland", "NL"],
    ["ru", "United Kingdom", "GB"],
  ])("finds in %s: %s as %s", (locale, typed, code) => {
    expect(found(locale as "en", typed)).toBe(code);
  });

  it("finds nothing for a name that is no country, and everything for an empty box", () => {
    expect(matchCountries(countryOptions("en"), "Atlantis")).toEqual([]);
    expect(matchCountries(countryOptions("en"), "  ")).toHaveLength(countryOptions("en").length);
  });
});
