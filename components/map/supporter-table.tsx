"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useLiveMap } from "./map-data-context";
import { cityKey, formatPosition } from "./map-view";
import { SortableCountTable } from "./sortable-count-table";

/**
 * The map's accessible alternative: every country and every public city with its count, live
 * (same data as the map). Server-rendered with the numbers as of page load.
 */
export function SupporterTable() {
  const t = useTranslations("map");
  const locale = useLocale();
  const format = useFormatter();
  const { data, names } = useLiveMap();
  const countries = data.countries.map(({ code, count }) => ({ key: code, name: names[code] ?? code, count }));
  const cities = data.cities.map((city) => ({ key: cityKey(city), name: city.name ?? formatPosition(city, locale), count: city.count }));

  return (
    <section aria-labelledby="supporter-table-heading" className="space-y-6" data-testid="supporter-table" data-version={data.version}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="supporter-table-heading" className="text-2xl font-bold">
          {t("table.heading")}
        </h2>
        <p className="tabular-nums">
          {t("table.total")}: <strong data-testid="map-total">{format.number(data.total)}</strong>
        </p>
      </div>
      {countries.length === 0 ? (
        // Supporters below the map's threshold (k per country) count in the total but in no row:
        // "no supporters yet" beside a total of 10 would be untrue.
        <p>{data.total > 0 ? t("table.noCountryShown") : t("table.noCountries")}</p>
      ) : (
        <SortableCountTable caption={t("table.countries")} nameLabel={t("table.country")} countLabel={t("table.count")} rows={countries} />
      )}
      {cities.length === 0 ? (
        <p>{t("table.noCities")}</p>
      ) : (
        <SortableCountTable caption={t("table.cities")} nameLabel={t("table.city")} countLabel={t("table.count")} rows={cities} />
      )}
    </section>
  );
}
