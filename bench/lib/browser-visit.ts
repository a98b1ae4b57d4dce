import { chromium, type Browser } from "@playwright/test";
import { chromiumPath } from "@/scripts/lib/chromium";

// One visit in Debian's Chromium (unthrottled; lighthouse.ts has the throttled lab run): every script the page
// really loads once idle (lazy chunks included), whether one of them is MapLibre, and the lab
// metrics the browser itself reports — LCP and CLS through PerformanceObserver.

export interface BrowserVisit {
  scripts: number;
  scriptBytes: number;
  loadsMapLibrary: boolean;
  lcpMs: number | null;
  cls: number | null;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export async function visit(browser: Browser, url: string): Promise<BrowserVisit> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const scripts: Promise<{ bytes: number; maplibre: boolean }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    scripts.push(
      response
        .body()
        .then((body) => ({ bytes: body.length, maplibre: /maplibre/i.test(body.toString("utf8")) }))
        .catch(() => ({ bytes: 0, maplibre: false })),
    );
  });
  try {
    await page.addInitScript(() => {
      const metrics = { lcp: 0, cls: 0 };
      (window as unknown as { __benchMetrics: typeof metrics }).__benchMetrics = metrics;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) metrics.lcp = entry.startTime;
      }).observe({ type: "largest-contentful-paint", buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) metrics.cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(url, { waitUntil: "networkidle", timeout: 60_000 });
    const metrics = await page.evaluate(() => (window as unknown as { __benchMetrics: { lcp: number; cls: number } }).__benchMetrics);
    const loaded = await Promise.all(scripts);
    return {
      scripts: loaded.length,
      scriptBytes: loaded.reduce((sum, script) => sum + script.bytes, 0),
      loadsMapLibrary: loaded.some((script) => script.maplibre),
      lcpMs: metrics.lcp || null,
      cls: metrics.cls,
    };
  } finally {
    await page.close();
  }
}
