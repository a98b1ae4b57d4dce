import type { GeoJSONSource, Map as MapLibre } from "maplibre-gl";
import { DETAIL_ZOOM, DETAILED_BORDERS_SOURCE, DETAILED_SHAPES_URL, SIMPLE_BORDER_LAYERS } from "./map-style";

// Fetched half a zoom level early, so the detailed borders are usually ready when they are shown.
const PREFETCH_ZOOMS = 0.5;

/**
 * The first view needs only the simplified borders; the detailed ones (1:50m, 420 kB gzipped) are
 * fetched the first time the map is zoomed in near DETAIL_ZOOM (decision 0044). They are a URL
 * source, so MapLibre's worker fetches and parses them, not the page's main thread. The simplified
 * borders stay drawn beneath them until the detailed ones are on screen, so zooming in never shows
 * a moment without land; then they make way from DETAIL_ZOOM on.
 */
export function loadDetailedBordersWhenZoomed(map: MapLibre): void {
  function hideSimplifiedOnceDrawn() {
    if (map.getZoom() < DETAIL_ZOOM) return; // detailed layers not drawn yet: keep waiting
    map.off("idle", hideSimplifiedOnceDrawn);
    for (const layer of SIMPLE_BORDER_LAYERS) map.setLayerZoomRange(layer, 0, DETAIL_ZOOM);
    // For tests: which borders are drawn at this zoom.
    map.getContainer().dataset.borders = "detailed";
  }
  function loadWhenNear() {
    if (map.getZoom() < DETAIL_ZOOM - PREFETCH_ZOOMS) return;
    map.off("zoom", loadWhenNear);
    map
      .getSource<GeoJSONSource>(DETAILED_BORDERS_SOURCE)
      ?.setData(DETAILED_SHAPES_URL)
      .then(() => map.on("idle", hideSimplifiedOnceDrawn))
      // Offline or the server gone: the simplified borders simply stay.
      .catch((error: unknown) => console.warn("[map] detailed borders unavailable", error));
  }
  map.on("zoom", loadWhenNear);
  loadWhenNear();
}
