import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { EventScreenBody } from "@/components/event/event-screen-body";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/map/event">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "map.event" });
  // Projected at events, not a page to be found or shared.
  return { title: t("title"), robots: { index: false } };
}

// The event screen for projecting (components/event/event-screen-body.tsx): no site chrome.
export default async function EventScreenPage({ params }: PageProps<"/[locale]/map/event">) {
  const locale = await pageLocale(params);
  await connection();
  return <EventScreenBody locale={locale} campaign={await getCurrentCampaign()} isDefault />;
}
