import { getTranslations } from "next-intl/server";
import { localeNames } from "@/lib/i18n/locale-names";
import { routing, type Locale } from "@/lib/i18n/routing";

/** Plain links (no JavaScript needed) to the same page in the other languages. */
export async function LanguageSwitcher({ current, path }: { current: Locale; path: string }) {
  const t = await getTranslations("layout");
  return (
    <nav aria-label={t("languageSwitcher")}>
      <ul className="flex gap-3 text-sm">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${path}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              className="rounded px-1 underline-offset-4 hover:underline aria-[current=true]:font-bold aria-[current=true]:underline"
            >
              {localeNames[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
