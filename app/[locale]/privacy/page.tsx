import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { Markdown } from "@/components/story/markdown";
import { organisation } from "@/lib/content/organisation";
import { readPrivacyNotice } from "@/lib/content/read-privacy-notice";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/privacy">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "privacy" });
  const tLayout = await getTranslations({ locale, namespace: "layout" });
  const title = `${t("title")} — ${tLayout("siteName")}`;
  return { title, ...(await socialMetadata(locale, { title, description: t("description"), path: "/privacy" })) };
}

export default async function PrivacyPage({ params }: PageProps<"/[locale]/privacy">) {
  const locale = await pageLocale(params);
  // The controller's name and contact come from the environment at run time; a page rendered
  // at build time would keep whatever the build machine had.
  await connection();
  const t = await getTranslations("privacy");
  const { name, contact } = organisation();
  const notice = await readPrivacyNotice(locale, { organisation: name ?? t("defaultOrganisation"), contact });

  return (
    <>
      <SiteHeader locale={locale} path="/privacy" />
      <main id="main" className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("title")}</h1>
        <div className="mt-6">
          <Markdown markdown={notice} topHeadingLevel={2} />
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
