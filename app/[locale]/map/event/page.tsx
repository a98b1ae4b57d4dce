import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { LiveMapTotal } from "@/components/map/live-map-total";
import { loadLiveMap } from "@/components/map/load-live-map";
import { LiveMapProvider } from "@/components/map/map-data-context";
import { EventMessages } from "@/components/map/event-messages";
import { PeriodicRefresh } from "@/components/map/periodic-refresh";
import { SupporterMapLoader } from "@/components/map/supporter-map-loader";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { listPublicMessages } from "@/lib/moderation/list-public-messages";
import { siteOrigin } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/map/event">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "map.event" });
  // Projected at events, not a page to be found or shared.
  return { title: t("title"), robots: { index: false } };
}

// For projecting at events: the live count, the map filling the screen and the newest messages,
// dark and high-contrast (projectors wash out light colours), with no site chrome to click.
export default async function EventScreenPage({ params }: PageProps<"/[locale]/map/event">) {
  const locale = await pageLocale(params);
  await connection();
  const t = await getTranslations("map.event");
  const campaign = await getCurrentCampaign();
  const [{ initial, names }, messages] = await Promise.all([loadLiveMap(locale), listPublicMessages(campaign, { limit: 4 })]);
  const url = new URL(`/${locale}`, siteOrigin());

  return (
    <main id="main" className="fixed inset-0 grid bg-slate-950 text-white lg:grid-cols-[minmax(0,1fr)_30rem]">
      <LiveMapProvider initial={initial} names={names}>
        <div className="relative min-h-0">
          <SupporterMapLoader theme="dark" className="h-full w-full" />
        </div>
        <div className="flex min-h-0 flex-col gap-8 overflow-hidden border-l border-slate-800 p-8">
          <h1 className="text-2xl font-bold text-slate-100">{t("title")}</h1>
          <LiveMapTotal />
          <EventMessages locale={locale} messages={messages} />
          <p className="mt-auto text-xl font-semibold text-slate-100">{t("join", { url: `${url.host}${url.pathname}` })}</p>
        </div>
      </LiveMapProvider>
      <PeriodicRefresh seconds={60} />
    </main>
  );
}
