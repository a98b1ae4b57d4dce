import { isLocale, routing, type Locale } from "@/lib/i18n/routing";

/** `?locale=en|be|ru` (default en), or null when the parameter names no locale we have. */
export function localeParam(params: URLSearchParams): Locale | null {
  const value = params.get("locale") ?? routing.defaultLocale;
  return isLocale(value) ? value : null;
}

export const LOCALE_MESSAGE = `locale must be one of ${routing.locales.join(", ")}`;
