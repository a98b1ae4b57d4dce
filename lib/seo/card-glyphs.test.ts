import { readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { routing } from "@/lib/i18n/routing";
import { hasCardGlyph, parseUnicodeRanges, withCardGlyphsOnly } from "./card-glyphs";

function message(locale: string, file: string, key: string): string {
  const json = JSON.parse(readFileSync(path.resolve("messages", locale, `${file}.json`), "utf8")) as unknown;
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], json);
  if (typeof value !== "string") throw new Error(`messages/${locale}/${file}.json has no ${key}`);
  return value;
}

describe("parseUnicodeRanges", () => {
  it("reads single code points and ranges", () => {
    expect(parseUnicodeRanges("U+0000-00FF,U+0131, U+2116")).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x2116, 0x2116],
    ]);
  });
});

describe("withCardGlyphsOnly", () => {
  it("keeps English, Belarusian and Russian text with their punctuation", () => {
    const text = "Stand with us — «Падтрымайце»: ў, і, ё, Ё, ’, “…” · 1 234";
    expect(withCardGlyphsOnly(text)).toBe(text);
  });

  it("drops what would make next/og fetch a font or an emoji picture", () => {
    expect(withCardGlyphsOnly("Разам ✊🏽 з Беларуссю 🇧🇾")).toBe("Разам з Беларуссю");
    expect(withCardGlyphsOnly("团结 solidarity")).toBe("solidarity");
  });
});

describe("the card's messages", () => {
  // Every string the social card draws, in every locale, must be drawable as it is.
  it.each(routing.locales)("%s fits in the card's fonts", (locale) => {
    const counts = [1, 2, 5, 21, 1234, 1234567];
    const texts = [
      message(locale, "home", "home.headline"),
      message(locale, "home", "home.eyebrow"),
      message(locale, "common", "layout.siteName"),
      ...counts.map((count) => String(new IntlMessageFormat(message(locale, "pledge", "count.label"), locale).format({ count }))),
    ];
    for (const text of texts) {
      const missing = Array.from(text).filter((character) => !hasCardGlyph(character));
      expect(missing, text).toEqual([]);
    }
  });
});
