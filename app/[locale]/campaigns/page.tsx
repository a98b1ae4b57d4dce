import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { listPublicCampaigns } from "@/lib/campaigns/list-public-campaigns";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/campaigns">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "campaigns.meta" });
  return socialMetadata(locale, { title: t("title"), description: t("description"), path: "/campaigns" });
}

// The site's other public campaigns (docs/decisions/0054-several-campaigns-one-instance.md).
export default async function CampaignsPage({ params }: PageProps<"/[locale]/campaigns">) {
  const locale = await pageLocale(params);
  await connection();
  const t = await getTranslations("campaigns");
  const campaigns = await listPublicCampaigns();
  return (
    <>
      <SiteHeader locale={locale} path="/campaigns" />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("heading")}</h1>
        <p className="mt-3 max-w-3xl text-lg">{t("intro")}</p>
        <p className="mt-3">
          <a href={`/${locale}`} className="font-semibold text-blue-900 underline">
            {t("main")}
          </a>
        </p>
        {campaigns.length === 0 ? (
          <p className="mt-6">{t("empty")}</p>
        ) : (
          <ul className="mt-6 space-y-3">
            {campaigns.map((campaign) => (
              <li key={campaign.slug}>
                <a href={`/${locale}/campaigns/${campaign.slug}`} className="font-semibold text-blue-900 underline">
                  {campaign.title}
                </a>{" "}
                <span className="text-slate-700">({t(`status.${campaign.status}`)})</span>
              </li>
            ))}
          </ul>
        )}
      </main>
      <SiteFooter />
    </>
  );
}
