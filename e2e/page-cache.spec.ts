import { expect, test } from "@playwright/test";
import { watchCsp } from "./support/csp-watch";
import { startSharedCacheProxy, type SharedCacheProxy } from "./support/shared-cache-proxy";

// Issue #14: the reading path must cost about what a static file costs, at the origin and
// behind any CDN (ADR 0051). A shared cache in front (./support/shared-cache-proxy.ts, what a
// CDN or nginx's proxy_cache does with our headers) serves the home page without reaching the
// app, keeps serving it while the app is down, never keeps a personal page, and never answers
// a client router's RSC request with the HTML; a page it serves still runs under its CSP.

let proxy: SharedCacheProxy;
test.beforeEach(async ({ baseURL }) => {
  proxy = await startSharedCacheProxy(baseURL!);
});
test.afterEach(async () => {
  await proxy.close();
});

const countOf = (path: string) => proxy.originRequests.filter((url) => url === path).length;

test("a cache in front serves the home page from its copy: the app is asked once", async ({ request }) => {
  const first = await request.get(`${proxy.origin}/en`);
  const second = await request.get(`${proxy.origin}/en`);
  expect(first.status()).toBe(200);
  expect(second.status()).toBe(200);
  expect(first.headers()["x-shared-cache"]).toBe("MISS");
  expect(second.headers()["x-shared-cache"]).toBe("HIT");
  expect(countOf("/en")).toBe(1);
  // The same render, header and page: the nonce in the CSP is the one on the page's scripts.
  expect(second.headers()["content-security-policy"]).toBe(first.headers()["content-security-policy"]);
  expect(await second.text()).toBe(await first.text());
  expect(second.headers()["set-cookie"]).toBeUndefined();
});

test("while the app is down, the cache in front still serves the last page (stale-if-error)", async ({ request }) => {
  const good = await request.get(`${proxy.origin}/en/stats`);
  expect(good.status()).toBe(200);
  const cacheControl = good.headers()["cache-control"] ?? "";
  const seconds = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(cacheControl)![1]);
  expect(seconds("stale-if-error")).toBeGreaterThanOrEqual(3600);
  // Nothing listens on port 9 of loopback: every request the proxy makes now fails.
  proxy.setUpstream("http://127.0.0.1:9");
  proxy.advanceClock(seconds("s-maxage") + seconds("stale-while-revalidate") + 60);
  const afterError = await request.get(`${proxy.origin}/en/stats`);
  expect(afterError.status()).toBe(200);
  expect(afterError.headers()["x-shared-cache"]).toBe("STALE-IF-ERROR");
  expect(await afterError.text()).toBe(await good.text());
});

test("personal pages and form posts are never kept by the cache in front", async ({ request }) => {
  for (let attempt = 0; attempt < 2; attempt++) {
    const confirm = await request.get(`${proxy.origin}/en/confirm/not-a-real-token`);
    expect(confirm.headers()["cache-control"]).toContain("no-store");
    const admin = await request.get(`${proxy.origin}/admin/sign-in`);
    expect(admin.headers()["cache-control"]).toContain("no-store");
  }
  expect(countOf("/en/confirm/not-a-real-token")).toBe(2);
  expect(countOf("/admin/sign-in")).toBe(2);
});

test("an RSC request for a cached page gets the RSC payload, never the HTML", async ({ request }) => {
  const html = await request.get(`${proxy.origin}/en/map`);
  expect(html.headers()["vary"]).toMatch(/\brsc\b/i);
  const rsc = await request.get(`${proxy.origin}/en/map`, { headers: { RSC: "1" } });
  expect(rsc.headers()["content-type"]).not.toContain("text/html");
  expect(rsc.headers()["x-shared-cache"]).not.toBe("HIT");
});

test("a page served by the cache in front hydrates with no CSP violation", async ({ page }) => {
  const csp = await watchCsp(page);
  await page.goto(`${proxy.origin}/en`, { waitUntil: "networkidle" });
  const again = await page.goto(`${proxy.origin}/en`, { waitUntil: "networkidle" });
  // From the proxy's copy (fresh, or stale while it fetches the next one), not from the app.
  expect(["HIT", "STALE"]).toContain(again?.headers()["x-shared-cache"]);
  // Hydrated: the form validates in the browser, moving focus without a round trip.
  await page.getByRole("button", { name: "Sign the pledge" }).click();
  await expect(page.getByRole("textbox", { name: "Full name" })).toBeFocused();
  expect(await csp.violations()).toEqual([]);
});

test("a reader who scrolls to the footer and follows its links asks for no RSC payload: every page is HTML the cache can serve", async ({ page }) => {
  const rscRequests: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["rsc"] !== undefined || new URL(request.url()).searchParams.has("_rsc")) rscRequests.push(request.url());
  });
  for (const [from, link] of [
    ["/en", "Privacy"],
    ["/en/map", "statistics"],
  ] as const) {
    await page.goto(`${proxy.origin}${from}`, { waitUntil: "networkidle" });
    // In view, a next/link would prefetch; followed, it would fetch the payload instead of HTML.
    const footerLink = page.locator("footer").getByRole("link", { name: new RegExp(link, "i") });
    await footerLink.scrollIntoViewIfNeeded();
    await page.waitForLoadState("networkidle");
    const [response] = await Promise.all([page.waitForEvent("response", (answer) => answer.request().isNavigationRequest()), footerLink.click()]);
    expect(response.headers()["content-type"]).toContain("text/html");
    expect(response.headers()["x-shared-cache"]).toBeDefined();
  }
  expect(rscRequests).toEqual([]);
});
