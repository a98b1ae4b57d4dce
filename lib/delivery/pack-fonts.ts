import "server-only";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// Inter from @fontsource/inter, embedded in the PDF (no font is fetched from anywhere). Fontsource
// ships Inter split by script, and no one file holds Latin and Cyrillic together, so the pack
// registers each subset and writes every run of text in the subset that has its letters.

export type PackSubset = "latin" | "latin-ext" | "cyrillic" | "cyrillic-ext";
export type PackWeight = 400 | 700;

const SUBSETS: PackSubset[] = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"];

let cache: Map<string, Buffer> | undefined;

/** Font files by pdfkit name ("latin-400", …), read once per process. */
export function packFonts(): Map<string, Buffer> {
  if (cache) return cache;
  // Anchored at the project directory, not import.meta.url: Turbopack rewrites
  // createRequire(import.meta.url).resolve() into a module id (see lib/geo/gazetteer/load-cities.ts).
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const folder = path.join(path.dirname(require.resolve("@fontsource/inter/package.json")), "files");
  cache = new Map();
  for (const subset of SUBSETS) {
    for (const weight of [400, 700] as const) cache.set(fontName(subset, weight), readFileSync(path.join(folder, `inter-${subset}-${weight}-normal.woff`)));
  }
  return cache;
}

export function fontName(subset: PackSubset, weight: PackWeight): string {
  return `${subset}-${weight}`;
}

/** Which subset draws a character, following fontsource's own unicode-range split. */
export function subsetOf(codePoint: number): PackSubset {
  if ((codePoint >= 0x0400 && codePoint <= 0x045f) || codePoint === 0x0490 || codePoint === 0x0491 || codePoint === 0x04b0 || codePoint === 0x04b1 || codePoint === 0x2116) return "cyrillic";
  if (codePoint >= 0x0460 && codePoint <= 0x052f) return "cyrillic-ext";
  if ((codePoint >= 0x0100 && codePoint <= 0x02ff) || (codePoint >= 0x1e00 && codePoint <= 0x1eff) || (codePoint >= 0x2c60 && codePoint <= 0x2c7f)) return "latin-ext";
  return "latin";
}

/** Splits text into runs that one subset can draw; spaces and punctuation stay with the run. */
export function scriptRuns(text: string): { subset: PackSubset; text: string }[] {
  const runs: { subset: PackSubset; text: string }[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    // Every subset has the space (digits and punctuation are in Latin only): a space joins the
    // current run, so a Cyrillic sentence is not cut into one run per word.
    const shared = char === " ";
    const last = runs.at(-1);
    const subset = shared && last ? last.subset : subsetOf(codePoint);
    if (last && last.subset === subset) last.text += char;
    else runs.push({ subset, text: char });
  }
  return runs;
}
