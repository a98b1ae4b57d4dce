import { expect, test, type Browser, type Page } from "@playwright/test";
import { recordForeignRequests } from "./support/foreign-requests";
import { expectNoViolations } from "./support/axe";
import { confirmedPledgeCount, insertPledges } from "./support/e2e-database";
import { signAndReadLinks } from "./support/journey";

// The supporter map: accessible in every language (the table is the map's alternative), drawn
// with WebGL from our own origin only, live, and loaded only on pages that show a map.

const locales = ["en", "be", "ru"] as const;

/** Signs and confirms a fresh pledge (from Czechia) in a page of its own. */
async function confirmPledge(browser: Browser) {
  const other = await browser.newPage();
  const links = await signAndReadLinks(other);
  await other.goto(links.confirm);
  await other.getByRole("button", { name: "Confirm my pledge" }).click();
  await expect(other.getByRole("status")).toContainText("confirmed");
  await other.close();
}

/** Waits until MapLibre has loaded and drawn the borders (the canvas is not one flat colour). */
async function expectMapDrawn(page: Page) {
  await expect(page.getByTestId("supporter-map")).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  const canvas = page.locator("canvas.maplibregl-canvas");
  await expect(canvas).toBeVisible();
  await expect(canvas).toHaveAttribute("tabindex", "0");
  await expect(canvas).toHaveAttribute("aria-label", /.+/);
  await expect(async () => {
    const png = await canvas.screenshot();
    // A flat 900×720 canvas compresses to about 3.4 kB; drawn borders take at least half again.
    expect(png.byteLength).toBeGreaterThan(5_000);
  }).toPass({ timeout: 15_000 });
}

test.beforeAll(async ({ browser }) => {
  // At least one country on the map: a country is a point only from k (5) supporters, so Czechia
  // gets five besides the one confirmed here. The aggregator folds them within about a second.
  await insertPledges(5, { country: "CZ" });
  await confirmPledge(browser);
});

for (const locale of locales) {
  test(`the map page in ${locale} draws the map, lists countries and passes axe`, async ({ page }) => {
    await expect(async () => {
      await page.goto(`/${locale}/map`);
      await expect(page.getByTestId("supporter-table").locator("tbody tr").first()).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectMapDrawn(page);
    await expectNoViolations(page);
  });
}

test("without JavaScript the page still lists the numbers", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/be/map");
  await expect(page.getByTestId("supporter-table").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByTestId("map-total")).not.toHaveText("0");
  await context.close();
});

test("the table sorts by name and by count, announcing the order", async ({ page }) => {
  await page.goto("/en/map");
  const table = page.getByTestId("supporter-table").getByRole("table").first();
  const countHeader = table.getByRole("columnheader").nth(1);
  const nameHeader = table.getByRole("columnheader").nth(0);
  await expect(countHeader).toHaveAttribute("aria-sort", "descending");
  await nameHeader.getByRole("button").click();
  await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(countHeader).toHaveAttribute("aria-sort", "none");
  await nameHeader.getByRole("button").click();
  await expect(nameHeader).toHaveAttribute("aria-sort", "descending");
});

test("the map and the event screen load only from our own origin", async ({ page, baseURL }) => {
  test.setTimeout(120_000); // four maps drawn by a software renderer
  const origin = new URL(baseURL!).origin;
  const foreign = recordForeignRequests(page, origin);
  for (const locale of locales) {
    await page.goto(`/${locale}/map`, { waitUntil: "networkidle" });
    await expectMapDrawn(page);
    // Zooming in brings cities and redraws: still nothing from elsewhere.
    await page.locator(".maplibregl-ctrl-zoom-in").click();
    await page.locator(".maplibregl-ctrl-zoom-in").click();
    await page.waitForLoadState("networkidle");
  }
  await page.goto("/be/map/event", { waitUntil: "networkidle" });
  await expectMapDrawn(page);
  expect(foreign).toEqual([]);
});

test("the first view loads the simplified borders, zooming in the detailed ones", async ({ page }) => {
  const borders: string[] = [];
  page.on("request", (request) => {
    const file = /\/api\/map\/(countries-\w+\.json)/.exec(request.url())?.[1];
    if (file) borders.push(file);
  });
  await page.goto("/en/map");
  await expectMapDrawn(page);
  expect(borders).toEqual(["countries-110m.json"]);
  await page.locator(".maplibregl-ctrl-zoom-in").click();
  await expect(page.getByTestId("supporter-map")).toHaveAttribute("data-borders", "detailed", { timeout: 30_000 });
  expect(borders).toEqual(["countries-110m.json", "countries-50m.json"]);
});

test("the home page does not load MapLibre", async ({ page }) => {
  const mapRequests: string[] = [];
  page.on("request", (request) => {
    if (/maplibre|countries-\w+\.json/i.test(request.url())) mapRequests.push(request.url());
  });
  await page.goto("/en", { waitUntil: "networkidle" });
  expect(mapRequests).toEqual([]);
});

test("the table and the event counter rise live when someone confirms", async ({ page, browser }) => {
  const before = await confirmedPledgeCount();
  await page.goto("/en/map");
  const total = page.getByTestId("map-total");
  // Earlier tests' pledges may still be on their way to the page; the live table catches up by itself.
  await expect(total).toHaveText(String(before), { timeout: 20_000 });
  const czechia = page.getByTestId("count-CZ");
  const czechiaBefore = (await czechia.count()) > 0 ? Number((await czechia.textContent())?.replace(/\D/g, "")) : 0;

  const event = await browser.newPage();
  await event.goto("/en/map/event");
  await expect(event.getByTestId("event-total")).toHaveAttribute("data-count", String(before), { timeout: 20_000 });

  await confirmPledge(browser);

  await expect(total).toHaveText(String(before + 1), { timeout: 20_000 });
  await expect(czechia).toHaveText(String(czechiaBefore + 1));
  await expect(event.getByTestId("event-total")).toHaveAttribute("data-count", String(before + 1));
  await event.close();
});
