import unicodeRanges from "@fontsource/inter/unicode.json";

// What the social card can draw. When Satori (next/og) meets a character none of its fonts has,
// it downloads a font or an emoji picture from Google Fonts or a CDN; this server must never
// make such a request. So the card's text is reduced to the characters of the Inter subsets we
// ship (the ranges come from the same package as the font files), and a test checks that every
// message the card shows fits in them, so nothing real is ever dropped.

export const cardFontSubsets = ["latin", "cyrillic"] as const;

type Range = readonly [first: number, last: number];

/** "U+0000-00FF,U+0131" → [[0x0, 0xff], [0x131, 0x131]] (the CSS unicode-range syntax). */
export function parseUnicodeRanges(list: string): Range[] {
  return list.split(",").map((part) => {
    const [first = "", last = first] = part.trim().replace(/^U\+/i, "").split("-");
    return [Number.parseInt(first, 16), Number.parseInt(last, 16)] as const;
  });
}

const covered = cardFontSubsets.flatMap((subset) => parseUnicodeRanges(unicodeRanges[subset]));

export function hasCardGlyph(character: string): boolean {
  const codePoint = character.codePointAt(0) ?? 0;
  return covered.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/** The text without characters the card's fonts lack (emoji, other scripts), spaces tidied. */
export function withCardGlyphsOnly(text: string): string {
  return Array.from(text)
    .filter(hasCardGlyph)
    .join("")
    .replace(/ {2,}/g, " ")
    .trim();
}
