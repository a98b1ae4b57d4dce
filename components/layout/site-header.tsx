import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations("layout");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href={`/${locale}`} className="font-bold">
          {t("siteName")}
        </a>
        <LanguageSwitcher current={locale} path={path} />
      </div>
    </header>
  );
}
