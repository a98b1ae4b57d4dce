"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import { Map as MapLibre, Marker, NavigationControl, Popup, setWorkerUrl, type GeoJSONSource, type MapLayerMouseEvent } from "maplibre-gl";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { loadDetailedBordersWhenZoomed } from "./detailed-borders";
import { cityPoints, countsByKey, countryPoints, grownPoints, type PointCollection } from "./map-features";
import { CITY_LAYER, CITY_SOURCE, COUNTRY_LAYER, COUNTRY_SOURCE, mapStyle, type MapTheme } from "./map-style";
import { formatPosition } from "./map-view";
import { useLiveMap } from "./map-data-context";
import { labelOf, labelViewOnFocus, type PlaceLabel } from "./view-labels";
import { supportsWebGl2 } from "./supports-webgl2";

// Turbopack cannot bundle MapLibre 6's worker; scripts/copy-map-assets.mjs puts it under public/.
setWorkerUrl("/vendor/maplibre/maplibre-gl-worker.mjs");

const PULSE_MS = 1600;

/**
 * The live supporter map (WebGL). Loaded only in the browser and only where a map is shown (see
 * supporter-map-loader.tsx): MapLibre is the biggest script of the site. Keyboard users can focus
 * the canvas and pan or zoom with the keys; the table beside the map carries the same numbers.
 */
export default function SupporterMap({ theme = "light", className = "" }: { theme?: MapTheme; className?: string }) {
  const t = useTranslations("map");
  const locale = useLocale();
  const { data, names } = useLiveMap();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibre | null>(null);
  const shown = useRef<Map<string, number> | null>(null);
  // No WebGL 2 (old device, blocked GPU): the table says the same, so say so instead of a blank box.
  const [failed] = useState(() => !supportsWebGl2());
  const countries = useMemo(() => countryPoints(data, names), [data, names]);
  const cities = useMemo(() => cityPoints(data, (city) => city.name ?? t("cityAt", { position: formatPosition(city, locale) })), [data, t, locale]);
  // The newest points, for the map's load handler (the map loads after the first data arrived).
  const latest = useRef<PointCollection[]>([]);
  const viewLabels = useRef<ReturnType<typeof labelViewOnFocus> | null>(null);
  // What a screen reader hears while the map has focus: the places in view (view-labels.ts).
  const [inView, setInView] = useState("");
  const describe = usePlaceText();

  useEffect(() => {
    if (!container.current || failed) return;
    let instance: MapLibre;
    try {
      instance = new MapLibre({
        container: container.current,
        style: mapStyle(theme),
        center: [18, 50],
        zoom: 2.3,
        minZoom: 1,
        maxZoom: 9,
        renderWorldCopies: false,
        dragRotate: false,
        attributionControl: { compact: true, customAttribution: ["Natural Earth", "GeoNames"] },
        locale: {
          "Map.Title": t("canvas.label"),
          "NavigationControl.ZoomIn": t("canvas.zoomIn"),
          "NavigationControl.ZoomOut": t("canvas.zoomOut"),
          "NavigationControl.ResetBearing": t("canvas.resetBearing"),
          "AttributionControl.ToggleAttribution": t("canvas.toggleAttribution"),
          "Popup.Close": t("canvas.closePopup"),
        },
      });
    } catch (error) {
      console.warn("[map] cannot create the map", error);
      return;
    }
    map.current = instance;
    instance.addControl(new NavigationControl({ showCompass: false }), "top-right");
    instance.keyboard.enable();
    instance.touchZoomRotate.disableRotation();

    instance.on("load", () => {
      const [countryData, cityData] = latest.current;
      if (countryData) instance.getSource<GeoJSONSource>(COUNTRY_SOURCE)?.setData(countryData);
      if (cityData) instance.getSource<GeoJSONSource>(CITY_SOURCE)?.setData(cityData);
      shown.current = countsByKey(latest.current);
      loadDetailedBordersWhenZoomed(instance);
      // For tests and styling: the borders and points are drawn.
      instance.getContainer().dataset.state = "ready";
    });

    // Hover on a pointer, tap on a touch screen: the same popup with the place and its count; a
    // cluster's names its countries (they come from the source, asynchronously).
    const popup = new Popup({ closeButton: false, closeOnClick: false, className: "supporter-popup", maxWidth: "18rem" });
    let hovered = "";
    function showPopup(event: MapLayerMouseEvent) {
      const feature = event.features?.[0];
      if (!feature || feature.geometry.type !== "Point") return;
      const [lon = 0, lat = 0] = feature.geometry.coordinates;
      const key = `${feature.layer.id}:${String(feature.properties?.cluster_id ?? feature.properties?.key)}`;
      instance.getCanvas().style.cursor = "pointer";
      if (key === hovered && popup.isOpen()) return;
      hovered = key;
      void labelOf(instance, feature).then((label) => {
        if (label && hovered === key) popup.setLngLat([lon, lat]).setText(describe.long(label)).addTo(instance);
      });
    }
    function hidePopup() {
      hovered = "";
      popup.remove();
      instance.getCanvas().style.cursor = "";
    }
    for (const layer of [COUNTRY_LAYER, CITY_LAYER]) {
      instance.on("mousemove", layer, showPopup);
      instance.on("mouseleave", layer, hidePopup);
      instance.on("click", layer, showPopup);
    }
    // A cluster opens up when clicked.
    instance.on("click", COUNTRY_LAYER, (event) => {
      const feature = event.features?.[0];
      const clusterId = feature?.properties?.cluster_id;
      if (typeof clusterId !== "number" || feature?.geometry.type !== "Point") return;
      const [lon = 0, lat = 0] = feature.geometry.coordinates;
      void instance
        .getSource<GeoJSONSource>(COUNTRY_SOURCE)
        ?.getClusterExpansionZoom(clusterId)
        .then((zoom) => instance.easeTo({ center: [lon, lat], zoom }));
    });

    viewLabels.current = labelViewOnFocus(instance, describe.short, (labels) => setInView(labels ? describe.view(labels) : ""));

    return () => {
      viewLabels.current?.detach();
      viewLabels.current = null;
      popup.remove();
      instance.remove();
      map.current = null;
      shown.current = null;
    };
    // The map is created once; data reaches it through the effect below, labels are fixed per page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [theme, failed]);

  // Live updates: new data into the sources, and a brief pulse where a count grew.
  useEffect(() => {
    latest.current = [countries, cities];
    const instance = map.current;
    const before = shown.current;
    if (!instance || !before) return; // not loaded yet: the load handler sets the data
    instance.getSource<GeoJSONSource>(COUNTRY_SOURCE)?.setData(countries);
    instance.getSource<GeoJSONSource>(CITY_SOURCE)?.setData(cities);
    shown.current = countsByKey([countries, cities]);
    viewLabels.current?.refresh();
    if (window.matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    for (const feature of grownPoints(before, [countries, cities])) {
      const element = document.createElement("span");
      element.className = "block size-10 rounded-full border-4 border-current text-red-600 animate-ping";
      element.setAttribute("aria-hidden", "true");
      const marker = new Marker({ element }).setLngLat(feature.geometry.coordinates).addTo(instance);
      window.setTimeout(() => marker.remove(), PULSE_MS);
    }
  }, [countries, cities]);

  if (failed) return <p className="rounded-lg bg-amber-50 p-4 text-amber-950 ring-1 ring-amber-200">{t("canvas.unavailable")}</p>;
  return (
    <>
      <div
        ref={container}
        data-testid="supporter-map"
        className={`${className} [&_.maplibregl-canvas:focus-visible]:outline-4 [&_.maplibregl-canvas:focus-visible]:-outline-offset-4 [&_.maplibregl-canvas:focus-visible]:outline-blue-600`}
      />
      <p role="status" className="sr-only" data-testid="map-in-view">
        {inView}
      </p>
    </>
  );
}

/** How a labelled place reads: short beside its point, in full in a popup and announcements. */
function usePlaceText() {
  const t = useTranslations("map");
  const locale = useLocale();
  return useMemo(() => {
    const list = (names: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(names);
    const long = (label: PlaceLabel) =>
      label.names.length > 1 ? t("clusterNamed", { places: list(label.names), count: label.count }) : t("placeCount", { place: label.names[0] ?? "", count: label.count });
    const short = (label: PlaceLabel) => `${label.names.length > 2 ? `${label.names.slice(0, 2).join(", ")} +${label.names.length - 2}` : label.names.join(", ")} · ${label.count}`;
    const view = (labels: PlaceLabel[]) => t("inView", { shown: labels.length, places: labels.slice(0, ANNOUNCED).map(long).join("; "), more: Math.max(0, labels.length - ANNOUNCED) });
    return { long, short, view };
  }, [t, locale]);
}

/** Places read out per view: more is a wall of speech (the table has them all). */
const ANNOUNCED = 10;
