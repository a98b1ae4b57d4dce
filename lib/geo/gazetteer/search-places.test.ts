import { describe, expect, it } from "vitest";
import { searchPlaces } from "./search-places";

const names = (country: string, query: string, limit?: number) => searchPlaces(country, query, limit).map((place) => place.name);

describe("searchPlaces", () => {
  it("finds Kraków from the first letters, without diacritics", () => {
    const [first] = searchPlaces("PL", "krak");
    expect(first).toMatchObject({ id: 3094802, name: "Kraków", country: "PL" });
    expect(first?.lat).toBeCloseTo(50.06, 1);
    expect(first?.lon).toBeCloseTo(19.94, 1);
  });

  it.each([
    ["BY", "мінск", "Minsk"],
    ["BY", "минск", "Minsk"],
    ["BY", "Гродно", "Hrodna"],
    ["BY", "Брэст", "Brest"],
    ["LT", "вильнюс", "Vilnius"],
    ["PL", "Варшава", "Warsaw"],
    ["UA", "Киев", "Kyiv"],
  ])("finds, in %s, %s as %s", (country, query, name) => {
    expect(names(country, query)[0]).toBe(name);
  });

  it("searches only the given country", () => {
    expect(names("BY", "brest")).toContain("Brest");
    expect(searchPlaces("BY", "brest").every((place) => place.country === "BY")).toBe(true);
    expect(searchPlaces("FR", "brest")[0]).toMatchObject({ name: "Brest", country: "FR" });
    expect(names("PL", "minsk")).not.toContain("Minsk");
  });

  it("ranks an exact match first, then by population", () => {
    const places = searchPlaces("US", "spring", 8);
    expect(places[0]?.name).toBe("Spring");
    const rest = places.slice(1).map((place) => place.population ?? 0);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
  });

  it("ranks prefix matches above places that only contain the text", () => {
    const found = names("PL", "gdan", 8);
    expect(found[0]).toBe("Gdańsk");
  });

  it("falls back to places that contain the text", () => {
    expect(names("DE", "frankfurt")).toEqual(expect.arrayContaining(["Frankfurt am Main"]));
    expect(names("BY", "zhodzina")).toContain("Horad Zhodzina");
    expect(names("GB", "upon tyne")).toContain("Newcastle upon Tyne");
  });

  it("returns at most `limit` places", () => {
    expect(searchPlaces("US", "sa", 3)).toHaveLength(3);
    expect(searchPlaces("US", "sa")).toHaveLength(8);
    expect(searchPlaces("US", "sa", 0)).toEqual([]);
  });

  it("returns nothing for a query shorter than two characters or an unknown country", () => {
    expect(searchPlaces("PL", "")).toEqual([]);
    expect(searchPlaces("PL", " k ")).toEqual([]);
    expect(searchPlaces("PL", "--")).toEqual([]);
    expect(searchPlaces("ZZ", "krak")).toEqual([]);
  });
});
