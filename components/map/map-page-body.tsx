import { getTranslations } from "next-intl/server";
import type { PublicCampaign } from "@/lib/campaigns/get-current-campaign";
import { MIN_MAP_THRESHOLD } from "@/lib/geo/map-data/build-map-data";
import type { Locale } from "@/lib/i18n/routing";
import { CountsFrozenNote } from "@/components/campaign/counts-frozen-note";
import { loadLiveMap } from "./load-live-map";
import { LiveMapProvider } from "./map-data-context";
import { PrivacyRules } from "./privacy-rules";
import { MapOrPicture } from "./map-or-picture";
import { SupporterTable } from "./supporter-table";

/**
 * A campaign's map page: the map, and beside it the same numbers as a table (the accessible
 * alternative, and what works without JavaScript or WebGL), with the rules that keep supporters
 * safe. The default campaign's /map and another's /campaigns/<slug>/map (`isDefault` false: its
 * own data and live stream, and its own event screen).
 */
export async function MapPageBody({ locale, campaign, isDefault }: { locale: Locale; campaign: PublicCampaign; isDefault: boolean }) {
  const t = await getTranslations("map");
  const slug = isDefault ? undefined : campaign.slug;
  const { initial, names } = await loadLiveMap(locale, slug);
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold sm:text-4xl">{t("heading")}</h1>
      {!isDefault && <p className="mt-2 text-lg font-semibold">{campaign.title}</p>}
      <p className="mt-3 max-w-3xl text-lg">{t("intro")}</p>
      <CountsFrozenNote locale={locale} frozenAt={campaign.countsFrozen ? campaign.countsFrozenAt : null} />
      <LiveMapProvider initial={initial} names={names} campaignSlug={slug}>
        <div className="mt-6 grid items-start gap-8 lg:grid-cols-[1fr_22rem]">
          <MapOrPicture className="overflow-hidden rounded-xl bg-slate-100 ring-1 ring-slate-200" />
          <SupporterTable />
        </div>
      </LiveMapProvider>
      <div className="mt-10 space-y-4">
        <PrivacyRules k={Math.max(MIN_MAP_THRESHOLD, campaign.mapThreshold)} />
        <p>
          <a href={`/${locale}${isDefault ? "" : `/campaigns/${campaign.slug}`}/map/event`} className="font-semibold text-blue-900 underline">
            {t("eventLink")}
          </a>
        </p>
      </div>
    </main>
  );
}
