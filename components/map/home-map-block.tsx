import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { loadLiveMap } from "./load-live-map";
import { MapWhenVisible } from "./map-when-visible";

/** The home page's glimpse of the map, linking to the full map and table. */
export async function HomeMapBlock({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "map.home" });
  const { initial, names } = await loadLiveMap(locale);
  return (
    <section aria-labelledby="home-map-heading">
      <h2 id="home-map-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-2">{t("body")}</p>
      <MapWhenVisible initial={initial} names={names} className="mt-4 overflow-hidden rounded-xl bg-slate-100 ring-1 ring-slate-200" />
      <p className="mt-3">
        <a href={`/${locale}/map`} className="font-semibold text-blue-900 underline">
          {t("link")}
        </a>
      </p>
    </section>
  );
}
