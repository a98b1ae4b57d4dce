import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { LanguageSwitcher } from "./language-switcher";
import { SignPledgeLink } from "./sign-pledge-link";

export async function SiteHeader({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations("layout");
  const tMap = await getTranslations("map");
  const tStats = await getTranslations("stats");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href={`/${locale}`} className="font-bold">
          {t("siteName")}
        </a>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <a href={`/${locale}/map`} aria-current={path === "/map" ? "page" : undefined} className="font-semibold underline-offset-4 hover:underline">
            {tMap("navLink")}
          </a>
          <a href={`/${locale}/stats`} aria-current={path === "/stats" ? "page" : undefined} className="font-semibold underline-offset-4 hover:underline">
            {tStats("navLink")}
          </a>
          <LanguageSwitcher current={locale} path={path} />
          {/* Every other page leads back to the form; on the home page the form is already on screen. */}
          {path !== "" && (
            <SignPledgeLink locale={locale} className="inline-flex min-h-11 items-center rounded-md bg-blue-800 px-4 font-semibold text-white hover:bg-blue-900" />
          )}
        </div>
      </div>
    </header>
  );
}
