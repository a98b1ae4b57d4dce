import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { CampaignHome } from "@/components/campaign/campaign-home";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";
import { submitPledge } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  return socialMetadata(locale, { title: t("title"), description: t("description"), path: "" });
}

// The default campaign's home page; its body is shared with every other campaign's
// (components/campaign/campaign-home.tsx, app/[locale]/campaigns/[slug]/page.tsx).
export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await pageLocale(params);
  await connection(); // the count is live: render per request, never at build time
  const campaign = await getCurrentCampaign();
  return (
    <>
      <SiteHeader locale={locale} path="" />
      <CampaignHome locale={locale} campaign={campaign} isDefault submitPledge={submitPledge} />
      <SiteFooter />
    </>
  );
}
