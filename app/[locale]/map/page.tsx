import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { MapPageBody } from "@/components/map/map-page-body";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/map">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "map.meta" });
  return socialMetadata(locale, { title: t("title"), description: t("description"), path: "/map" });
}

// The default campaign's map; the body is shared with other campaigns' (components/map/map-page-body.tsx).
export default async function MapPage({ params }: PageProps<"/[locale]/map">) {
  const locale = await pageLocale(params);
  await connection(); // live numbers: render per request, never at build time
  const campaign = await getCurrentCampaign();
  return (
    <>
      <SiteHeader locale={locale} path="/map" />
      <MapPageBody locale={locale} campaign={campaign} isDefault />
      <SiteFooter />
    </>
  );
}
