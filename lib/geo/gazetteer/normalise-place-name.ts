import { transliterateCyrillic } from "./transliterate-cyrillic";

// Client-safe. The search key of a place name: what people type and what GeoNames writes must
// meet in the middle, so "Kraków", "krakow" and " KRAKOW " are one key, and so are "Homyel'" and
// "homyel", "Biała-Podlaska" and "biala podlaska".

/** Latin letters that Unicode does not decompose into a base letter plus a diacritic. */
const UNDECOMPOSABLE: Record<string, string> = {
  ł: "l", đ: "d", ð: "d", ø: "o", ß: "ss", æ: "ae", œ: "oe", þ: "th", ı: "i", ħ: "h", ŀ: "l", ſ: "s",
};
const UNDECOMPOSABLE_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join("")}]`, "gu");

// Apostrophes and soft-sign marks vanish ("Homyel’", "Mar’’ina Horka"); every other run of
// non-letters (spaces, hyphens, dots, brackets) becomes one space.
const APOSTROPHES = /['’‘ʼʻ`´′″]/gu;
const COMBINING_MARKS = /\p{M}/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

// Three in four GeoNames names are plain ASCII words; skipping the Unicode passes for them
// halves the time to load the gazetteer.
const ALREADY_FOLDED = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

function foldLatin(lowerCaseText: string): string {
  return lowerCaseText
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .replace(UNDECOMPOSABLE_PATTERN, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .replace(APOSTROPHES, "")
    .replace(SEPARATORS, " ")
    .trim();
}

function prepare(text: string): string {
  // Compose first so that й, ё, ў, ї stay letters of their own instead of losing their marks
  // (NFKD would turn "й" into "и" plus a breve) before transliteration.
  return text.normalize("NFC").toLowerCase();
}

/** The one search key of a text; Cyrillic is spelled the BGN/PCGN-Russian way. */
export function normalisePlaceName(text: string): string {
  const lowerCase = text.toLowerCase();
  if (ALREADY_FOLDED.test(lowerCase)) return lowerCase;
  return placeNameKeys(text)[0] ?? "";
}

/**
 * Every key a text may match: one for Latin text, a few for Cyrillic text (see
 * transliterate-cyrillic.ts), the canonical key first, without duplicates; none for a text
 * without letters or digits.
 */
export function placeNameKeys(text: string): string[] {
  const keys = transliterateCyrillic(prepare(text)).map(foldLatin);
  return [...new Set(keys)].filter((key) => key.length > 0);
}
