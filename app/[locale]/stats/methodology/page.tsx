import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { Markdown } from "@/components/story/markdown";
import { readContentFile } from "@/lib/content/read-content-file";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/stats/methodology">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "stats.methodology.meta" });
  return { title: t("title"), ...(await socialMetadata(locale, { title: t("title"), description: t("description"), path: "/stats/methodology" })) };
}

// How the numbers are produced and when they can change (content/<locale>/methodology.md).
export default async function MethodologyPage({ params }: PageProps<"/[locale]/stats/methodology">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("stats.methodology");
  const text = await readContentFile(locale, "methodology");
  return (
    <>
      <SiteHeader locale={locale} path="/stats/methodology" />
      <main id="main" className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("heading")}</h1>
        <div className="mt-6">
          <Markdown markdown={text} topHeadingLevel={2} />
        </div>
        <p className="mt-10">
          <a href={`/${locale}/delivery`} className="font-semibold text-blue-900 underline">
            {(await getTranslations("delivery"))("statsLink")}
          </a>
        </p>
        <p className="mt-4">
          <a href={`/${locale}/stats`} className="font-semibold text-blue-900 underline">
            {t("back")}
          </a>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
