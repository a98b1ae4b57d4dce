import { defineRouting } from "next-intl/routing";

// Adding a locale: add its code here, messages/<code>.json and content/<code>/.
export const routing = defineRouting({
  locales: ["en", "be", "ru"],
  defaultLocale: "en",
  localePrefix: "always",
  // The locale cookie would be our only cookie on public pages; the URL already says it.
  localeCookie: false,
  // Its hreflang `Link` header echoed the request's Host; proxy.ts sends one naming APP_URL
  // instead (lib/i18n/alternate-links-header.ts).
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (routing.locales as readonly string[]).includes(value);
}
