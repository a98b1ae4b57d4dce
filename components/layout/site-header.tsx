import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { LanguageSwitcher } from "./language-switcher";
import { SignPledgeLink } from "./sign-pledge-link";

/**
 * The site's header. `base` is the campaign whose pages these are: "" for the default campaign,
 * "/campaigns/<slug>" for another one (docs/decisions/0054-several-campaigns-one-instance.md), so
 * its home, map, stats and form links stay in that campaign. Each page passes it: the header reads
 * no request state, and every address renders the same for every reader (the page cache, ADR 0051).
 */
export async function SiteHeader({ locale, path, base = "" }: { locale: Locale; path: string; base?: string }) {
  const t = await getTranslations("layout");
  const tMap = await getTranslations("map");
  const tStats = await getTranslations("stats");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href={`/${locale}${base}`} className="font-bold">
          {t("siteName")}
        </a>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <a href={`/${locale}${base}/map`} aria-current={path === `${base}/map` ? "page" : undefined} className="font-semibold underline-offset-4 hover:underline">
            {tMap("navLink")}
          </a>
          <a href={`/${locale}${base}/stats`} aria-current={path === `${base}/stats` ? "page" : undefined} className="font-semibold underline-offset-4 hover:underline">
            {tStats("navLink")}
          </a>
          <LanguageSwitcher current={locale} path={path} />
          {/* Every other page leads back to the form; on the home page the form is already on screen. */}
          {path !== base && (
            <SignPledgeLink locale={locale} base={base} className="inline-flex min-h-11 items-center rounded-md bg-blue-800 px-4 font-semibold text-white hover:bg-blue-900" />
          )}
        </div>
      </div>
    </header>
  );
}
