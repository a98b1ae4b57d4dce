import { randomUUID } from "node:crypto";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { directivesOf, watchCsp } from "./support/csp-watch";
import { randomNetworkAddress } from "./support/network";
import { fillPledge, submitPledge, uniqueEmail } from "./support/pledge-page";

// Response headers of every kind of page and endpoint, and proof that the pages still work
// under the Content-Security-Policy: no violation on any of them, the map's WebGL worker runs,
// the pledge form works with and without JavaScript, and an injected inline script never runs.
// See docs/SECURITY.md.

// Paths with a dot once skipped proxy.ts (its matcher took them for static files) and got no CSP.
const htmlPages = ["/en", "/be", "/ru", "/en/map", "/en/privacy", "/admin/sign-in", "/dev/mailbox", "/en/confirm/abc.def"];
// Served from the page cache: one render for everyone for a few seconds (ADR 0051).
const publicPages = new Set(["/en", "/be", "/ru", "/en/map", "/en/privacy"]);
const apiPaths = ["/api/health", "/api/ready", "/api/map", "/api/places?country=PL&q=War", "/api/v1/stats.json", "/api/v1/badge.svg", "/api/map/countries.json"];

function expectCommonHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["set-cookie"]).toBeUndefined();
}

for (const path of htmlPages) {
  test(`${path} sends a strict CSP with ${publicPages.has(path) ? "its render's" : "a fresh"} nonce and the other security headers`, async ({ request }) => {
    const [first, second] = [await request.get(path), await request.get(path)];
    expect(first.status()).toBe(200);
    expectCommonHeaders(first);
    const csp = directivesOf(first.headers()["content-security-policy"]);
    const scripts = csp.get("script-src") ?? [];
    expect(scripts).toEqual(expect.arrayContaining(["'self'", "'strict-dynamic'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/]{22}==?'$/)]));
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("worker-src")).toEqual(["'self'", "blob:"]);
    expect(first.headers()["x-frame-options"]).toBe("DENY");
    // Every script the page carries has the nonce in its header. A personal page is rendered
    // per request: the next request gets another. A public page is one render shared for a few
    // seconds: header and page come from the same render (the next test: then another).
    const nonce = scripts.find((source) => source.startsWith("'nonce-"))!.slice(7, -1);
    const html = await first.text();
    expect(html).toContain(`nonce="${nonce}"`);
    expect([...html.matchAll(/<script\b([^>]*)>/g)].filter(([, attributes]) => !attributes!.includes(`nonce="${nonce}"`))).toEqual([]);
    if (publicPages.has(path)) {
      expect(first.headers()["cache-control"]).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/);
      expect(second.headers()["content-security-policy"]).toContain(nonce);
      expect(await second.text()).toContain(`nonce="${nonce}"`);
    } else {
      expect(first.headers()["cache-control"]).toContain("no-store");
      expect(second.headers()["content-security-policy"]).not.toContain(nonce);
    }
  });
}

for (const path of apiPaths) {
  test(`${path} sends a deny-everything CSP, nosniff and HSTS`, async ({ request }) => {
    const response = await request.get(path);
    expectCommonHeaders(response);
    expect(directivesOf(response.headers()["content-security-policy"]).get("default-src")).toEqual(["'none'"]);
  });
}

async function visit(page: Page, path: string) {
  const response = await page.goto(path, { waitUntil: "networkidle" });
  expect(response?.status()).toBe(200);
}

test("every page type renders and hydrates with no CSP violation", async ({ page }) => {
  const csp = await watchCsp(page);
  for (const path of ["/en", "/be", "/ru", "/en/privacy", "/admin/sign-in", "/dev/mailbox"]) {
    await visit(page, path);
    expect(await csp.violations(), path).toEqual([]);
  }
  // Hydrated: the form validates in the browser, moving focus without a round trip.
  await visit(page, "/en");
  await submitPledge(page);
  await expect(page.getByRole("textbox", { name: "Full name" })).toBeFocused();
  expect(await csp.violations()).toEqual([]);
});

test("the map draws with WebGL and its worker under the CSP", async ({ page }) => {
  const csp = await watchCsp(page);
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await visit(page, "/en/map");
  await expect(page.getByTestId("supporter-map")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  await expect(page.locator("canvas.maplibregl-canvas")).toBeVisible();
  expect(workers.length).toBeGreaterThan(0);
  await visit(page, "/en/map/event");
  await expect(page.getByTestId("supporter-map")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  expect(await csp.violations()).toEqual([]);
});

for (const javaScriptEnabled of [true, false]) {
  test(`the pledge form works under the CSP with JavaScript ${javaScriptEnabled ? "on" : "off"}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const csp = await watchCsp(page);
    await visit(page, "/en");
    await fillPledge(page, { name: "Jana Nováková", email: uniqueEmail(), country: "Czechia" });
    await submitPledge(page);
    await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toBeVisible();
    expect(await csp.violations()).toEqual([]);
    await context.close();
  });
}

const injection = `</textarea><script>window.__injected = "script"</script><img src=x onerror="window.__injected = 'handler'">`;

test("hostile text echoed into the server-rendered form stays text", async ({ browser }) => {
  // Without JavaScript the server renders the refused form again with the typed values.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await visit(page, "/en");
  await page.getByRole("textbox", { name: "Full name" }).fill(injection);
  await page.getByRole("textbox", { name: "Email" }).fill("not-an-email");
  await submitPledge(page);
  await expect(page.getByRole("alert").filter({ hasText: "Please correct" })).toBeVisible();
  // The box holds what the schema allows (100 characters, issue #15): the echo is that, as text.
  await expect(page.getByRole("textbox", { name: "Full name" })).toHaveValue(injection.slice(0, 100));
  await expect(page.locator("script", { hasText: "__injected" })).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await context.close();
});

test("an inline script that slipped into a page is blocked by the CSP", async ({ page }) => {
  await page.route("**/en", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", `<script>window.__injected = "ran"</script></body>`);
    await route.fulfill({ response, body: html });
  });
  const csp = await watchCsp(page);
  await visit(page, "/en");
  expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
  expect((await csp.violations()).some((line) => /script-src/.test(line))).toBe(true);
});

test("a nonce read from a served public page does not let a script into the next render", async ({ page, request }) => {
  // The attack a shared nonce invites: read the nonce, then get a script carrying it into the
  // page (a message with an HTML-injection bug). Stored text appears only in a later render,
  // and each render has a nonce of its own.
  const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")![1]!;
  const seen = nonceOf(await request.get("/en/privacy"));
  await expect.poll(async () => nonceOf(await request.get("/en/privacy")), { timeout: 60_000, intervals: [1_000] }).not.toBe(seen);
  await page.route("**/en/privacy", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", `<script nonce="${seen}">window.__injected = "ran"</script></body>`);
    await route.fulfill({ response, body: html });
  });
  const csp = await watchCsp(page);
  await visit(page, "/en/privacy");
  expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
  expect((await csp.violations()).some((line) => /script-src/.test(line))).toBe(true);
});

test("route handlers refuse POSTs from another origin; the same origin passes", async ({ request, baseURL }) => {
  const form = { email: "admin@example.org", callbackUrl: "/admin" };
  const foreign = await request.post("/api/auth/signin/email", { form, headers: { Origin: "https://evil.example" }, maxRedirects: 0 });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toEqual({ error: { code: "forbidden" } });
  const opaque = await request.post("/api/auth/signout", { form, headers: { Origin: "null" }, maxRedirects: 0 });
  expect(opaque.status()).toBe(403);
  const own = await request.post("/api/auth/signin/email", { form, headers: { Origin: new URL(baseURL!).origin }, maxRedirects: 0 });
  expect(own.status()).not.toBe(403);
});

test("the pledge route refuses another origin and oversized bodies, and stores nothing", async ({ request, baseURL }) => {
  const multipart = { locale: "en", name: "Cross Origin", email: uniqueEmail(), country: "PL", consentProcessing: "on" };
  const foreign = await request.post("/api/pledges", { multipart, headers: { Origin: "https://evil.example" } });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toEqual({ error: { code: "forbidden" } });
  const huge = await request.post("/api/pledges", { multipart: { ...multipart, message: "x".repeat(70_000) }, headers: { Origin: new URL(baseURL!).origin } });
  expect(huge.status()).toBe(413);
});

test("sign-in link requests posted straight to Auth.js meet the per-network limit", async ({ request, baseURL }) => {
  const headers = { Origin: new URL(baseURL!).origin, "x-forwarded-for": randomNetworkAddress() };
  const ask = () => request.post("/api/auth/signin/email", { form: { email: `${randomUUID()}@example.org`, callbackUrl: "/admin" }, headers, maxRedirects: 0 });
  const limit = 20; // SIGN_IN_NETWORK_LIMIT in lib/abuse/rate-limit/limit-link-actions.ts (server-only)
  for (let attempt = 0; attempt < limit; attempt++) expect((await ask()).status()).not.toBe(429);
  const refused = await ask();
  expect(refused.status()).toBe(429);
  expect(await refused.json()).toEqual({ error: { code: "rate_limited" } });
});

/** The no-JavaScript pledge form as a multipart POST, with the page's own action fields. */
async function pledgePost(page: Page, origin: string) {
  await page.goto("/en");
  const fields = await page.locator("form").filter({ has: page.getByRole("button", { name: "Sign the pledge" }) }).locator("input, select, textarea").evaluateAll((elements) =>
    elements.map((element) => [(element as HTMLInputElement).name, (element as HTMLInputElement).value] as const).filter(([name]) => name),
  );
  const multipart: Record<string, string> = Object.fromEntries(fields);
  Object.assign(multipart, { name: "Cross Origin", email: uniqueEmail(), country: "PL", consentProcessing: "on" });
  return page.request.post("/en", { multipart, headers: { Origin: origin }, maxRedirects: 0 });
}

test("server actions refuse a form posted from another origin with 403 (proxy.ts, the route handlers' rule)", async ({ page, baseURL }) => {
  const foreign = await pledgePost(page, "https://evil.example");
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).not.toContain("Check your email");
  const own = await pledgePost(page, new URL(baseURL!).origin);
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain("Check your email");
  // The result page is the supporter's own: no cache in front may keep it, though the page's GET is public.
  expect(own.headers()["cache-control"]).toContain("no-store");
  expect(own.headers()["set-cookie"]).toBeUndefined();
});

test("the hreflang Link header names APP_URL, whatever Host the request claims", async ({ request, baseURL }) => {
  const response = await request.get("/en/map", { headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } });
  const links = response.headers()["link"] ?? "";
  expect(links).toContain(`<${baseURL}/be/map>; rel="alternate"; hreflang="be"`);
  expect(links).toContain(`<${baseURL}/map>; rel="alternate"; hreflang="x-default"`);
  expect(links).not.toContain("evil.example");
});

test("why the Referrer-Policy is same-origin: under no-referrer Chromium posts Origin: null and the action is refused", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.route("**/en", async (route) => {
    if (route.request().method() !== "GET") return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "referrer-policy": "no-referrer" } });
  });
  const origins: (string | undefined)[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") void request.allHeaders().then((headers) => origins.push(headers["origin"]));
  });
  await visit(page, "/en");
  await fillPledge(page, { name: "Anna Kowalska", email: uniqueEmail(), country: "Poland" });
  const [answer] = await Promise.all([page.waitForResponse((response) => response.request().method() === "POST"), submitPledge(page)]);
  // proxy.ts refuses it (403) before Next would (500): "null" is any site's origin.
  expect(answer.status()).toBe(403);
  await expect.poll(() => origins).toEqual(["null"]);

  // With our header the same form carries the real origin and is accepted.
  await page.unroute("**/en");
  await visit(page, "/en");
  await fillPledge(page, { name: "Anna Kowalska", email: uniqueEmail(), country: "Poland" });
  await submitPledge(page);
  await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toBeVisible();
  await expect.poll(() => origins.at(-1)).toBe(new URL(baseURL!).origin);
  await context.close();
});
