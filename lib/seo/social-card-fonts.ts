import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ImageResponseOptions } from "next/server";
import { cardFontSubsets } from "./card-glyphs";

// Inter for the social card, read from the self-hosted @fontsource package: next/og would
// otherwise fall back to its own font and fetch missing glyphs from Google Fonts, and this
// server sends no request anywhere. Satori reads .woff (not .woff2); Latin and Cyrillic subsets
// cover English, Belarusian and Russian.

type CardFont = NonNullable<ImageResponseOptions["fonts"]>[number];

const weights = [400, 700] as const;

// Satori takes one face per family name and weight, and falls back to the other registered
// families for glyphs the first lacks: so each subset gets a family of its own.
const familyOf = { latin: "Inter", cyrillic: "Inter Cyrillic" } as const;
export const cardFontFamily = familyOf.latin;

// Read from disk at request time, not imported: bundlers treat require.resolve() of a .woff as
// a module to bundle (Turbopack fails on it). Next runs with the project root as working
// directory, and its file tracing follows process.cwd() paths like this one.
const fontDirectory = path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files");

async function loadFont(subset: (typeof cardFontSubsets)[number], weight: (typeof weights)[number]): Promise<CardFont> {
  const data = await readFile(path.join(fontDirectory, `inter-${subset}-${weight}-normal.woff`));
  return { name: familyOf[subset], data, weight, style: "normal" };
}

let loading: Promise<CardFont[]> | undefined;

/** The card's fonts, read once per process (a failed read is retried on the next request). */
export function socialCardFonts(): Promise<CardFont[]> {
  loading ??= Promise.all(cardFontSubsets.flatMap((subset) => weights.map((weight) => loadFont(subset, weight)))).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
