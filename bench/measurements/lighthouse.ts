import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { chromiumPath } from "@/scripts/lib/chromium";
import { run } from "@/scripts/lib/processes";

// Measurement 7: mobile Lighthouse (its default: a mid-range phone, simulated slow 4G and a 4×
// slower CPU) on the public pages, against the bench server on loopback. Lighthouse runs as its
// own CLI process with Debian's Chromium; nothing leaves the machine (background networking off,
// and the pages themselves make no third-party request). Lab scores, not field values: the CPU
// part is scaled from this machine's own timings, so a busy machine lowers them.

export const LIGHTHOUSE_PATHS = ["/en", "/en/map", "/en/stats"] as const;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
// PaintHolding off (decision 0055): Lighthouse opens each page from about:blank, and Chromium
// holds the first paint of such a navigation back by up to a second, which a reader arriving from
// a news link on another site never sees; on loopback it moved the observed first paint of the
// same page between 0.3 s and 1.3 s from run to run, and Lighthouse's simulated load times with it.
const CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-features=PaintHolding";

export interface LighthousePage {
  path: string;
  /** 0–100 per category, from the run with the median performance score. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  /** Everything the page transferred until it was idle (Lighthouse's "total byte weight"). */
  transferBytes: number;
  /** Every run's performance score, lowest first: how far one run strays from the next. */
  performanceRuns: number[];
}

export interface LighthouseRun {
  /** How many Lighthouse runs per page; the one with the median performance score is kept. */
  runsPerPage: number;
  pages: LighthousePage[];
}

const lighthouseCli = createRequire(import.meta.url).resolve("lighthouse/cli/index.js");

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

type OneRun = Omit<LighthousePage, "path" | "performanceRuns">;

async function lighthouseOnce(url: string, dir: string): Promise<OneRun> {
  const output = path.join(dir, "report.json");
  const args = [
    lighthouseCli,
    url,
    "--output=json",
    `--output-path=${output}`,
    `--only-categories=${CATEGORIES.join(",")}`,
    `--chrome-flags=${CHROME_FLAGS}`,
    "--disable-full-page-screenshot",
    "--quiet",
  ];
  await run(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ["ignore", "ignore", "inherit"] });
  const report = JSON.parse(readFileSync(output, "utf8")) as LighthouseReport;
  const score = (category: string) => Math.round((report.categories[category]?.score ?? 0) * 100);
  const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    scores: { performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices"), seo: score("seo") },
    totalBlockingTimeMs: audit("total-blocking-time"),
    largestContentfulPaintMs: audit("largest-contentful-paint"),
    transferBytes: audit("total-byte-weight"),
  };
}

export async function measureLighthouse(origin: string, options: { runsPerPage: number }): Promise<LighthouseRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "solidarity-lighthouse-"));
  try {
    const pages: LighthousePage[] = [];
    for (const pagePath of LIGHTHOUSE_PATHS) {
      const runs: OneRun[] = [];
      for (let i = 0; i < options.runsPerPage; i += 1) runs.push(await lighthouseOnce(origin + pagePath, dir));
      runs.sort((a, b) => a.scores.performance - b.scores.performance);
      pages.push({ path: pagePath, ...runs[Math.floor(runs.length / 2)]!, performanceRuns: runs.map((one) => one.scores.performance) });
    }
    return { runsPerPage: options.runsPerPage, pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
