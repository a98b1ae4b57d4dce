import { defineRouting } from "next-intl/routing";

// Adding a locale: add its code here, messages/<code>.json and content/<code>/.
export const routing = defineRouting({
  locales: ["en", "be", "ru"],
  defaultLocale: "en",
  localePrefix: "always",
  // The locale cookie would be our only cookie on public pages; the URL already says it.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (routing.locales as readonly string[]).includes(value);
}
