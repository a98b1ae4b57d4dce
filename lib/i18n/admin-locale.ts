// Client-safe: how the organisers' area picks its language (docs/decisions/0027-…). The public
// site's locale is in its URL; the admin area has no locale segment, so an organiser's choice is
// kept in a cookie scoped to /admin, and before any choice the browser's languages decide.
import { isLocale, routing, type Locale } from "./routing";
import { safeAdminPath } from "@/lib/auth/admin-path";

export const ADMIN_LOCALE_COOKIE = "admin-locale";
export const ADMIN_LOCALE_COOKIE_PATH = "/admin";
export const ADMIN_LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** The cookie's choice if it names one of our locales, else the best Accept-Language match, else English. */
export function negotiateAdminLocale(input: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  return localeFromAcceptLanguage(input.acceptLanguage) ?? routing.defaultLocale;
}

/**
 * "ru-RU,ru;q=0.9,en;q=0.8" → "ru". Ranges are compared by their primary subtag ("be-BY" is
 * "be"); q=0 means "not this one"; "*" matches nothing in particular, so it falls through.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranges = header
    .split(",")
    .slice(0, 32)
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { primary: tag.trim().toLowerCase().split("-")[0] ?? "", quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((range) => range.quality > 0 && isLocale(range.primary))
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  const best = ranges[0]?.primary;
  return isLocale(best) ? best : null;
}

/**
 * Where the language switcher sends the organiser back to: any admin page, the sign-in pages
 * included (they have the switcher too), but not the switcher's own address, which would only
 * answer with another redirect.
 */
export function safeAdminReturnPath(candidate: unknown): string {
  return safeAdminPath(candidate, { exclude: ["/admin/locale"] });
}
