import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { loadLiveMap } from "@/components/map/load-live-map";
import { LiveMapProvider } from "@/components/map/map-data-context";
import { PrivacyRules } from "@/components/map/privacy-rules";
import { SupporterMapLoader } from "@/components/map/supporter-map-loader";
import { SupporterTable } from "@/components/map/supporter-table";
import { CountsFrozenNote } from "@/components/campaign/counts-frozen-note";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { MIN_MAP_THRESHOLD } from "@/lib/geo/map-data/build-map-data";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/map">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "map.meta" });
  return socialMetadata(locale, { title: t("title"), description: t("description"), path: "/map" });
}

// The map, and beside it the same numbers as a table (the accessible alternative, and what works
// without JavaScript or WebGL). The rules that keep supporters safe are stated on the page.
export default async function MapPage({ params }: PageProps<"/[locale]/map">) {
  const locale = await pageLocale(params);
  await connection(); // live numbers: render per request, never at build time
  const t = await getTranslations("map");
  const campaign = await getCurrentCampaign();
  const { initial, names } = await loadLiveMap(locale);

  return (
    <>
      <SiteHeader locale={locale} path="/map" />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("heading")}</h1>
        <p className="mt-3 max-w-3xl text-lg">{t("intro")}</p>
        <CountsFrozenNote locale={locale} frozenAt={campaign.countsFrozen ? campaign.countsFrozenAt : null} />
        <LiveMapProvider initial={initial} names={names}>
          <div className="mt-6 grid items-start gap-8 lg:grid-cols-[1fr_22rem]">
            <div className="h-[60vh] min-h-80 overflow-hidden rounded-xl bg-slate-100 ring-1 ring-slate-200">
              <SupporterMapLoader className="h-full w-full" />
            </div>
            <SupporterTable />
          </div>
        </LiveMapProvider>
        <div className="mt-10 space-y-4">
          <PrivacyRules k={Math.max(MIN_MAP_THRESHOLD, campaign.mapThreshold)} />
          <p>
            <a href={`/${locale}/map/event`} className="font-semibold text-blue-900 underline">
              {t("eventLink")}
            </a>
          </p>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
