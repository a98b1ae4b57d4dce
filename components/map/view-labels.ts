import { Marker, type GeoJSONSource, type MapGeoJSONFeature, type Map as MapLibre } from "maplibre-gl";
import { CITY_LAYER, COUNTRY_LAYER, COUNTRY_SOURCE } from "./map-style";

// The map draws no text (no glyph server: map-style.ts), so places are named in HTML: a cluster's
// popup names its countries, and while the map has keyboard focus every point in view gets a
// label and the whole view is announced, so a keyboard or screen-reader user panning the map
// hears what is there (the table beside it lists everything).

export interface PlaceLabel {
  key: string;
  names: string[];
  count: number;
  lngLat: [number, number];
}

/** Most labels drawn at once: beyond that they cover each other (the announcement says the rest). */
const MAX_DRAWN = 15;

/** One rendered point as a label: a place by its name, a cluster by the countries it holds. */
export async function labelOf(map: MapLibre, feature: MapGeoJSONFeature): Promise<PlaceLabel | undefined> {
  if (feature.geometry.type !== "Point") return undefined;
  const props = feature.properties as Record<string, unknown>;
  const [lon = 0, lat = 0] = feature.geometry.coordinates;
  const count = Number(props.sum ?? props.count ?? 0);
  if (!props.cluster) return { key: String(props.key ?? `${lon},${lat}`), names: [String(props.label ?? "")], count, lngLat: [lon, lat] };
  const source = map.getSource<GeoJSONSource>(COUNTRY_SOURCE);
  const leaves = source ? await source.getClusterLeaves(Number(props.cluster_id), Number(props.point_count ?? 100), 0) : [];
  const named = leaves
    .map((leaf) => ({ name: String(leaf.properties?.label ?? ""), count: Number(leaf.properties?.count ?? 0) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { key: `cluster:${String(props.cluster_id)}`, names: named.map((leaf) => leaf.name), count, lngLat: [lon, lat] };
}

/** The points MapLibre draws in the current view, labelled, largest first. */
export async function labelsInView(map: MapLibre): Promise<PlaceLabel[]> {
  const layers = [COUNTRY_LAYER, CITY_LAYER].filter((layer) => map.getLayer(layer));
  const seen = new Set<string>();
  const features = map.queryRenderedFeatures({ layers }).filter((feature) => {
    const id = feature.properties?.cluster_id ?? feature.properties?.key;
    if (seen.has(`${feature.layer.id}:${id}`)) return false;
    seen.add(`${feature.layer.id}:${id}`);
    return true;
  });
  const labels = await Promise.all(features.map((feature) => labelOf(map, feature)));
  return labels.filter((label): label is PlaceLabel => label !== undefined).sort((a, b) => b.count - a.count);
}

/**
 * While the canvas has focus: a label beside each point in view (after every move and data
 * change) and `announce` with the whole view; on blur, labels go and the announcement empties.
 */
export function labelViewOnFocus(map: MapLibre, text: (label: PlaceLabel) => string, announce: (labels: PlaceLabel[] | null) => void) {
  const canvas = map.getCanvas();
  let markers: Marker[] = [];
  let focused = false;
  let run = 0;
  const clear = () => {
    for (const marker of markers) marker.remove();
    markers = [];
  };
  async function refresh() {
    const current = ++run;
    const labels = await labelsInView(map);
    if (current !== run || !focused) return;
    clear();
    markers = labels.slice(0, MAX_DRAWN).map((label) => {
      const element = document.createElement("span");
      element.className = "pointer-events-none rounded bg-white/95 px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap text-slate-950 shadow ring-1 ring-slate-400";
      element.setAttribute("aria-hidden", "true");
      element.dataset.testid = "map-place-label";
      element.textContent = text(label);
      return new Marker({ element, anchor: "left", offset: [14, 0] }).setLngLat(label.lngLat).addTo(map);
    });
    announce(labels);
  }
  const onFocus = () => {
    focused = true;
    void refresh();
  };
  const onBlur = () => {
    focused = false;
    run += 1;
    clear();
    announce(null);
  };
  const onMoveEnd = () => {
    if (focused) void refresh();
  };
  canvas.addEventListener("focus", onFocus);
  canvas.addEventListener("blur", onBlur);
  map.on("moveend", onMoveEnd);
  return {
    /** New data while focused: label the view once MapLibre has drawn it. */
    refresh() {
      if (focused) map.once("idle", () => void refresh());
    },
    detach() {
      canvas.removeEventListener("focus", onFocus);
      canvas.removeEventListener("blur", onBlur);
      map.off("moveend", onMoveEnd);
      clear();
    },
  };
}
