import { describe, expect, it } from "vitest";
import { standInNumberFormat } from "./number-format-fallback";

// Node has Belarusian data; the browser's stand-in must write every number exactly as it does,
// or the page the server rendered and the page React hydrates differ.
const values = [0, 1, 999, 1000, 9999, 10_000, -5000, 12_345.678, 1_234_567.891, 0.5, -0.001, 1e9];
const optionSets: Intl.NumberFormatOptions[] = [{}, { maximumFractionDigits: 1 }, { style: "percent", maximumFractionDigits: 1 }, { notation: "compact" }, { minimumFractionDigits: 2 }];

describe("standInNumberFormat", () => {
  it.each(optionSets.map((options) => [JSON.stringify(options), options] as const))("writes Belarusian numbers as Node's own data does, options %s", (_name, options) => {
    for (const value of values) {
      expect(standInNumberFormat(Intl.NumberFormat, "be", options).format(value)).toBe(new Intl.NumberFormat("be", options).format(value));
    }
  });

  it("writes 10 000 with a no-break space and 1000 without one, as Belarusian does", () => {
    expect(standInNumberFormat(Intl.NumberFormat, ["be"]).format(10_000)).toBe("10\u00a0000");
    expect(standInNumberFormat(Intl.NumberFormat, "be-BY").format(1000)).toBe("1000");
  });

  it("leaves other locales to their own data", () => {
    expect(standInNumberFormat(Intl.NumberFormat, "en").format(10_000)).toBe("10,000");
    expect(standInNumberFormat(Intl.NumberFormat, "ru").format(1000)).toBe("1\u00a0000");
  });
});
