// Client-safe. Chromium ships no number data for Belarusian: there Intl.NumberFormat("be") falls
// back to en-US and writes 10,000 where the server (Node has full ICU) wrote 10 000, a hydration
// mismatch (React error #418) on every /be page with a live number, and a number in English
// style besides (issue #15). In CLDR Belarusian numbers are Russian numbers with grouping from
// five digits (1000, 10 000): exactly `ru` with `useGrouping: "min2"` (checked in the test for
// decimals, percentages and compact notation). docs/decisions/0036-belarusian-numbers-in-browsers.md

/** Locales whose number format equals another locale's with a few options, for browsers without their data. */
const standIns: Record<string, { locale: string; options: Intl.NumberFormatOptions }> = {
  be: { locale: "ru", options: { useGrouping: "min2" } },
};

function standInFor(locales: string | readonly string[] | undefined) {
  const first = typeof locales === "string" ? locales : locales?.[0];
  return first ? standIns[first.toLowerCase().split("-")[0] ?? ""] : undefined;
}

/** A number formatter for `locales` built from its stand-in's data (used where the data is missing). */
export function standInNumberFormat(
  Native: typeof Intl.NumberFormat,
  locales: string | readonly string[] | undefined,
  options?: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const standIn = standInFor(locales);
  if (!standIn) return new Native(locales as string | string[] | undefined, options);
  return new Native(standIn.locale, { ...standIn.options, ...options });
}

/**
 * Makes Intl.NumberFormat answer for the stand-in locales this runtime has no data for, so every
 * formatter on the page (next-intl's ICU `#` and `{n, number}`, useFormatter, our own) agrees
 * with the server. Does nothing where the data is there (Node, a browser that has it).
 */
export function installNumberFormatFallback(): void {
  const Native = Intl.NumberFormat;
  const missing = Object.keys(standIns).filter((locale) => Native.supportedLocalesOf([locale]).length === 0);
  if (missing.length === 0 || "standIn" in Native) return;
  const Patched = function NumberFormat(locales?: string | string[], options?: Intl.NumberFormatOptions) {
    return standInNumberFormat(Native, locales, options);
  } as unknown as typeof Intl.NumberFormat & { standIn: true };
  Object.assign(Patched, { standIn: true, supportedLocalesOf: Native.supportedLocalesOf.bind(Native) });
  // instanceof Intl.NumberFormat stays true for what it returns.
  Object.defineProperty(Patched, "prototype", { value: Native.prototype });
  Object.defineProperty(Intl, "NumberFormat", { value: Patched, writable: true, configurable: true });
}
