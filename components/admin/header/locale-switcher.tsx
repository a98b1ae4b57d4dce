"use client";

import { useLocale, useTranslations } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { localeNames } from "@/lib/i18n/locale-names";
import { routing } from "@/lib/i18n/routing";

/**
 * English / Беларуская / Русский, as a plain form posting to /admin/locale (app/admin/locale/
 * route.ts), which keeps the choice in a cookie and sends the organiser back to this very page,
 * so it works without JavaScript. Each name is in its own language and marked so (lang).
 */
export function LocaleSwitcher() {
  const t = useTranslations("adminShell");
  const current = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <form method="post" action="/admin/locale" aria-label={t("language")} className="flex flex-wrap items-center gap-x-1">
      <input type="hidden" name="returnTo" value={query ? `${pathname}?${query}` : pathname} />
      {routing.locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-current={locale === current ? "true" : undefined}
          className={`inline-flex min-h-11 items-center rounded-md px-2 ${locale === current ? "font-bold" : "underline hover:bg-slate-100"}`}
        >
          {localeNames[locale]}
        </button>
      ))}
    </form>
  );
}
