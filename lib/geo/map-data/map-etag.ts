import { createHash } from "node:crypto";
import type { MapSettings } from "./build-map-data";

/**
 * A strong validator for the map of `settings` at `version`. The settings are part of it: raising
 * k or adding a sensitive country changes the map without a new version, and must not let a
 * client or cache keep the old one.
 */
export function mapEtag(settings: MapSettings, version: number): string {
  const settingsHash = createHash("sha256")
    .update(`${settings.id}|${settings.mapThreshold}|${[...settings.sensitiveCountries].sort().join(",")}`)
    .digest("base64url")
    .slice(0, 16);
  return `"${version}-${settingsHash}"`;
}
