import { brotliCompressSync, gzipSync } from "node:zlib";
import { launchBrowser, visit, type BrowserVisit } from "../lib/browser-visit";

// Measurement 6: what a first visit downloads. The page's HTML and every script, stylesheet and
// preloaded font it names, each weighed raw, gzip (level 6, what `next start` sends) and brotli
// (what a CDN or reverse proxy would send). Scripts loaded later (the map library when the map
// scrolls into view) are not part of the first load; whether a page's initial scripts contain
// MapLibre is reported separately. Throttled lab scores come from Lighthouse (lighthouse.ts).

export interface PageWeight {
  path: string;
  htmlBytes: number;
  js: { files: number; raw: number; gzip: number; brotli: number };
  totalBytes: { raw: number; gzip: number; brotli: number };
  /** MapLibre among the scripts the HTML names (the first load)? */
  firstLoadHasMapLibrary: boolean;
  /** What Chromium loaded once the page was idle; null when no browser could be started. */
  browser: BrowserVisit | null;
  /** MapLibre loaded at all, in the browser's visit (or in the first load without a browser). */
  loadsMapLibrary: boolean;
}

const MAPLIBRE_MARKER = /maplibre/i;

async function weigh(origin: string, url: string) {
  // One retry: a kept-alive socket the server closed just then is not a page-weight problem.
  const get = () =>
    fetch(new URL(url, origin)).then((response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return response.arrayBuffer();
    });
  const bytes = Buffer.from(await get().catch(get));
  return { raw: bytes.length, gzip: gzipSync(bytes).length, brotli: brotliCompressSync(bytes).length, text: bytes.toString("utf8") };
}

export async function measurePageWeight(origin: string, path: string): Promise<PageWeight> {
  const html = await weigh(origin, path);
  const scripts = new Set([...html.text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!));
  const others = new Set(
    [...html.text.matchAll(/<link[^>]+(?:rel="stylesheet"|as="font"|as="style")[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]).filter((href): href is string => Boolean(href)),
  );
  const js = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  const total = { raw: html.raw, gzip: html.gzip, brotli: html.brotli };
  let firstLoadHasMapLibrary = false;
  for (const src of scripts) {
    const file = await weigh(origin, src.replace(/&amp;/g, "&"));
    js.files += 1;
    js.raw += file.raw;
    js.gzip += file.gzip;
    js.brotli += file.brotli;
    if (MAPLIBRE_MARKER.test(file.text)) firstLoadHasMapLibrary = true;
  }
  for (const href of others) {
    const file = await weigh(origin, href.replace(/&amp;/g, "&"));
    total.raw += file.raw;
    total.gzip += file.gzip;
    total.brotli += file.brotli;
  }
  const browser = await browserVisit(origin + path);
  return {
    path,
    htmlBytes: html.raw,
    js,
    totalBytes: { raw: total.raw + js.raw, gzip: total.gzip + js.gzip, brotli: total.brotli + js.brotli },
    firstLoadHasMapLibrary,
    browser,
    loadsMapLibrary: browser ? browser.loadsMapLibrary : firstLoadHasMapLibrary,
  };
}

async function browserVisit(url: string): Promise<BrowserVisit | null> {
  const browser = await launchBrowser().catch(() => null);
  if (!browser) return null;
  try {
    return await visit(browser, url);
  } finally {
    await browser.close();
  }
}
