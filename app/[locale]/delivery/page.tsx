import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { DeliveryPageBody } from "@/components/delivery/delivery-page-body";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/delivery">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "delivery" });
  return { title: t("title"), ...(await socialMetadata(locale, { title: t("title"), description: t("description"), path: "/delivery" })) };
}

// The default campaign's delivery record (components/delivery/delivery-page-body.tsx).
export default async function DeliveryPage({ params }: PageProps<"/[locale]/delivery">) {
  const locale = await pageLocale(params);
  const campaign = await getCurrentCampaign();
  return (
    <>
      <SiteHeader locale={locale} path="/delivery" />
      <DeliveryPageBody locale={locale} campaignId={campaign.id} />
      <SiteFooter />
    </>
  );
}
