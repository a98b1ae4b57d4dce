import { describe, expect, it } from "vitest";
import { normalisePlaceName, placeNameKeys } from "./normalise-place-name";

describe("normalisePlaceName", () => {
  it("ignores case, diacritics and surrounding space", () => {
    expect(normalisePlaceName("Kraków")).toBe("krakow");
    expect(normalisePlaceName("krakow")).toBe("krakow");
    expect(normalisePlaceName(" KRAKOW ")).toBe("krakow");
  });

  it("treats composed and decomposed input alike", () => {
    expect(normalisePlaceName("Krako\u0301w")).toBe(normalisePlaceName("Krak\u00f3w"));
  });

  it("folds letters that Unicode does not decompose", () => {
    expect(normalisePlaceName("Łódź")).toBe("lodz");
    expect(normalisePlaceName("Wrocław")).toBe("wroclaw");
    expect(normalisePlaceName("Straße")).toBe("strasse");
    expect(normalisePlaceName("İstanbul")).toBe("istanbul");
  });

  it("collapses spaces and hyphens, and drops apostrophes", () => {
    expect(normalisePlaceName("Biała-Podlaska")).toBe("biala podlaska");
    expect(normalisePlaceName("Biała   Podlaska")).toBe("biala podlaska");
    expect(normalisePlaceName("Homyel'")).toBe("homyel");
    expect(normalisePlaceName("Mar’’ina Horka")).toBe("marina horka");
    expect(normalisePlaceName("St. Petersburg")).toBe("st petersburg");
  });

  it("spells Cyrillic in Latin letters, Belarusian letters included", () => {
    expect(normalisePlaceName("Мінск")).toBe("minsk");
    expect(normalisePlaceName("Минск")).toBe("minsk");
    expect(normalisePlaceName("Брэст")).toBe("brest");
    expect(normalisePlaceName("ШЧУЧЫН")).toBe("shchuchyn");
    expect(normalisePlaceName("Жодзіна")).toBe("zhodzina");
    expect(normalisePlaceName("Тольятти")).toBe("tolyatti");
    expect(normalisePlaceName("Екатеринбург")).toBe("yekaterinburg");
  });

  it("gives nothing for a text without letters or digits", () => {
    expect(normalisePlaceName(" - ' ")).toBe("");
    expect(placeNameKeys("")).toEqual([]);
  });
});

describe("placeNameKeys", () => {
  it("gives one key for Latin text", () => {
    expect(placeNameKeys("Kraków")).toEqual(["krakow"]);
  });

  it.each([
    ["Гродно", "hrodno"],
    ["Гомель", "homyel"],
    ["Магілёў", "mahilyow"],
    ["Віцебск", "vitsyebsk"],
    ["Вильнюс", "vilnius"],
    ["Київ", "kyiv"],
    ["Миколаїв", "mykolayiv"],
    ["Варшава", "warszawa"],
    ["Краков", "krakow"],
    ["Вроцлав", "wroclaw"],
    ["Люблин", "lublin"],
    ["Щецин", "szczecin"],
    ["Гамбург", "hamburg"],
    ["Пастаўы", "pastavy"],
  ])("spells %s also as %s", (cyrillic, latin) => {
    expect(placeNameKeys(cyrillic)).toContain(latin);
  });

  it("puts the canonical key first and repeats none", () => {
    const keys = placeNameKeys("Гомель");
    expect(keys[0]).toBe(normalisePlaceName("Гомель"));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keeps the number of spellings bounded for long texts", () => {
    expect(placeNameKeys("Гжегожевщина-Чехоўцы-Їжакевичі-Цюрупинськ-Вёшенская").length).toBeLessThanOrEqual(64);
  });
});
