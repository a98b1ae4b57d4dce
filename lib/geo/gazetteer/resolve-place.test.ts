import { describe, expect, it } from "vitest";
import { cleanPlaceText, resolvePlace } from "./resolve-place";

describe("resolvePlace", () => {
  it.each(["Warszawa", "Warsaw", "warszawa ", "Варшава"])("resolves %s in Poland to Warsaw with coordinates", (text) => {
    const { name, place } = resolvePlace("PL", text);
    expect(name).toBe("Warsaw");
    expect(place).toMatchObject({ id: 756135, name: "Warsaw", country: "PL" });
    expect(place?.lat).toBeCloseTo(52.23, 2);
    expect(place?.lon).toBeCloseTo(21.01, 2);
  });

  it.each([
    ["BY", "Мінск", "Minsk"],
    ["BY", "Гродно", "Hrodna"],
    ["BY", "Гродна", "Hrodna"],
    ["BY", "Grodno", "Hrodna"],
    ["BY", "Брэст", "Brest"],
    ["LT", "Вильнюс", "Vilnius"],
    ["UA", "Kiev", "Kyiv"],
    ["UA", "Київ", "Kyiv"],
  ])("resolves, in %s, %s to %s", (country, text, name) => {
    expect(resolvePlace(country, text).place?.name).toBe(name);
  });

  it("prefers the most populous of places with the same name", () => {
    expect(resolvePlace("US", "Springfield").place?.population).toBeGreaterThan(150_000);
  });

  it("matches only within the country", () => {
    expect(resolvePlace("BY", "Brest").place?.id).toBe(629634);
    expect(resolvePlace("FR", "Brest").place?.id).toBe(3030300);
  });

  it("keeps an unknown place as the supporter's text, without coordinates", () => {
    expect(resolvePlace("US", "  Smallville \n")).toEqual({ name: "Smallville", place: null });
    expect(resolvePlace("BY", "Вёска  Заречча-Малое")).toEqual({ name: "Вёска Заречча-Малое", place: null });
  });

  it("does not match a prefix", () => {
    expect(resolvePlace("PL", "Krak").place).toBeNull();
  });

  it("returns an empty name for an empty text", () => {
    expect(resolvePlace("PL", "   ")).toEqual({ name: "", place: null });
  });
});

describe("cleanPlaceText", () => {
  it("trims, collapses white space and composes Unicode", () => {
    expect(cleanPlaceText("  Nowy \t Sącz\n")).toBe("Nowy Sącz");
    expect(cleanPlaceText("Krako\u0301w")).toBe("Kraków");
  });

  it("removes control characters and bidirectional overrides", () => {
    expect(cleanPlaceText("Pinsk\u0000\u202E")).toBe("Pinsk");
  });

  it("keeps at most 120 characters, never half a character", () => {
    expect(cleanPlaceText("a".repeat(200))).toHaveLength(120);
    const emoji = cleanPlaceText("😀".repeat(130));
    expect([...emoji]).toHaveLength(120);
    expect(emoji).toBe("😀".repeat(120));
  });
});
