import { getTranslations } from "next-intl/server";
import { EventSigningInvite } from "@/components/event/event-signing-invite";
import { EventMessages } from "@/components/map/event-messages";
import { LiveMapTotal } from "@/components/map/live-map-total";
import { loadLiveMap } from "@/components/map/load-live-map";
import { LiveMapProvider } from "@/components/map/map-data-context";
import { PeriodicRefresh } from "@/components/map/periodic-refresh";
import { SupporterMapLoader } from "@/components/map/supporter-map-loader";
import type { PublicCampaign } from "@/lib/campaigns/get-current-campaign";
import { readEventSigningUrl } from "@/lib/campaigns/read-event-signing-url";
import type { Locale } from "@/lib/i18n/routing";
import { listPublicMessages } from "@/lib/moderation/list-public-messages";
import { siteOrigin } from "@/lib/seo/page-metadata";

// For projecting at events: the live count, the map, the newest messages and a QR code of the
// signing page, dark and high-contrast (projectors wash out light colours), with no site chrome.
// Landscape (lg and up): one fixed screen, the map on the left and a column on the right with the
// QR code in its bottom corner. Narrower (a portrait phone): count, QR code, map and messages
// stacked in a page that scrolls, the map a good part of the screen high.
// The default campaign's /map/event and another's /campaigns/<slug>/map/event (`isDefault` false:
// its own map, live stream, messages and signing page; docs/decisions/0054-…).
export async function EventScreenBody({ locale, campaign, isDefault }: { locale: Locale; campaign: PublicCampaign; isDefault: boolean }) {
  const t = await getTranslations("map.event");
  const slug = isDefault ? undefined : campaign.slug;
  const base = isDefault ? "" : `/campaigns/${campaign.slug}`;
  const [{ initial, names }, messages, signing] = await Promise.all([
    loadLiveMap(locale, slug),
    listPublicMessages(campaign, { limit: 4 }),
    readEventSigningUrl(campaign.id, locale, await siteOrigin(), base),
  ]);
  const column = "px-4 sm:px-8 lg:col-start-2 lg:border-l lg:border-slate-800";

  return (
    <main
      id="main"
      className="min-h-dvh bg-slate-950 text-white lg:fixed lg:inset-0 lg:grid lg:grid-cols-[minmax(0,1fr)_30rem] lg:grid-rows-[auto_minmax(0,1fr)_auto] xl:grid-cols-[minmax(0,1fr)_34rem]"
    >
      <LiveMapProvider initial={initial} names={names} campaignSlug={slug}>
        <div className={`${column} space-y-4 pt-6 lg:row-start-1 lg:space-y-6 lg:pt-8`}>
          <h1 className="text-xl font-bold text-slate-100 sm:text-2xl">{isDefault ? t("title") : `${t("title")} · ${campaign.title}`}</h1>
          <LiveMapTotal />
        </div>
        <div className={`${column} py-6 lg:row-start-3 lg:pb-8`}>
          <EventSigningInvite href={signing.href} short={signing.short} />
        </div>
        <div className="relative h-[60svh] min-h-72 lg:col-start-1 lg:row-span-3 lg:row-start-1 lg:h-auto lg:min-h-0">
          <SupporterMapLoader theme="dark" className="h-full w-full" />
        </div>
        <div className={`${column} min-h-0 overflow-hidden py-6 lg:row-start-2 lg:py-8`}>
          <EventMessages locale={locale} messages={messages} />
        </div>
      </LiveMapProvider>
      <PeriodicRefresh seconds={60} />
    </main>
  );
}
