import { expect, test, type Browser, type Page } from "@playwright/test";
import { recordForeignRequests } from "./support/foreign-requests";
import { expectNoViolations } from "./support/axe";
import { confirmedPledgeCount, insertPledges } from "./support/e2e-database";
import { DESKTOP, expectNoSidewaysScroll, PHONE } from "./support/layout";
import { signAndReadLinks } from "./support/journey";

// The supporter map: accessible in every language (the table is the map's alternative), drawn
// with WebGL from our own origin only, live, and loaded only on pages that show a map.

const locales = ["en", "be", "ru"] as const;
/** The button that brings the interactive map on a phone. */
const EXPLORE = { en: "Open the interactive map", be: "Адкрыць інтэрактыўную мапу", ru: "Открыть интерактивную карту" } as const;

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

test("without JavaScript the page still lists the numbers and shows the picture of the map", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/be/map");
  await expect(page.getByTestId("supporter-table").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByTestId("map-total")).not.toHaveText("0");
  // Drawn on the server: the land as an image, Czechia's circle named in Belarusian.
  const picture = page.getByTestId("supporter-picture");
  await expect(picture).toHaveAttribute("aria-label", "Мапа прыхільнікаў па краінах. Тыя ж лічбы ёсць у табліцы.");
  await expect(picture.locator('circle[data-key="country:CZ"] title')).toHaveText(/^Чэхія: \d+ прыхільнік/);
  await expect(page.getByRole("button", { name: "Адкрыць інтэрактыўную мапу" })).toHaveCount(0);
  await context.close();
});

test("on a phone the map page is a live picture, and MapLibre loads only when asked for", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const mapRequests: string[] = [];
  page.on("request", (request) => {
    if (/maplibre|countries-\w+\.json/i.test(request.url())) mapRequests.push(request.url());
  });
  await page.goto("/en/map", { waitUntil: "networkidle" });
  const picture = page.getByTestId("supporter-picture");
  await expect(picture).toBeVisible();
  const czechia = picture.locator('circle[data-key="country:CZ"]');
  await expect(czechia.locator("title")).toHaveText(/^Czechia: [\d,]+ supporters$/);
  // The circle sits on Czechia (15.5° E, 49.8° N): 54 % of the way east; in this Mercator
  // frame (78° N to 56° S) 50° N lies 36 % of the way down.
  const box = (await picture.boundingBox())!;
  const circle = (await czechia.boundingBox())!;
  expect((circle.x + circle.width / 2 - box.x) / box.width).toBeCloseTo(0.54, 1);
  expect((circle.y + circle.height / 2 - box.y) / box.height).toBeCloseTo(0.36, 1);
  await expectNoSidewaysScroll(page, "/en/map as a picture on a phone");
  expect(mapRequests).toEqual([]);

  // The picture is live: a new country appears on it without a reload.
  await insertPledges(5, { country: "IS" });
  await expect(picture.locator('circle[data-key="country:IS"] title')).toHaveText("Iceland: 5 supporters", { timeout: 20_000 });

  const explore = page.getByRole("button", { name: "Open the interactive map" });
  await explore.focus();
  await page.keyboard.press("Enter");
  await expectMapDrawn(page);
  // The keyboard stays with the map that replaced the button, and moves into it with Tab.
  await expect(page.getByTestId("supporter-map").locator("xpath=..")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator("canvas.maplibregl-canvas")).toBeFocused();
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
  // Its glimpse of the map is the picture, live once scrolled to.
  const picture = page.getByTestId("supporter-picture");
  await picture.scrollIntoViewIfNeeded();
  await expect(picture.locator('circle[data-key="country:CZ"]')).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(mapRequests).toEqual([]);
});

test("the table and the event counter rise live when someone confirms", async ({ page, browser }) => {
  const before = await confirmedPledgeCount();
  await page.goto("/en/map");
  const total = page.getByTestId("map-total");
  // Earlier tests' pledges may still be on their way to the page; the live table catches up by itself.
  // The table's total is written in the page's locale ("1,305").
  const inEnglish = (value: number) => new Intl.NumberFormat("en").format(value);
  await expect(total).toHaveText(inEnglish(before), { timeout: 20_000 });
  const czechia = page.getByTestId("count-CZ");
  const czechiaBefore = (await czechia.count()) > 0 ? Number((await czechia.textContent())?.replace(/\D/g, "")) : 0;

  const event = await browser.newPage();
  await event.goto("/en/map/event");
  await expect(event.getByTestId("event-total")).toHaveAttribute("data-count", String(before), { timeout: 20_000 });

  await confirmPledge(browser);

  await expect(total).toHaveText(inEnglish(before + 1), { timeout: 20_000 });
  await expect(czechia).toHaveText(String(czechiaBefore + 1));
  await expect(event.getByTestId("event-total")).toHaveAttribute("data-count", String(before + 1));
  await event.close();
});

test("the map page lines up with its header and fits a phone", async ({ page }) => {
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    for (const locale of locales) {
      await page.goto(`/${locale}/map`);
      // A phone is offered the interactive map (the next test); here it is taken, to check its size.
      if (size === PHONE) await page.getByRole("button", { name: EXPLORE[locale] }).click();
      await expectMapDrawn(page);
      await expectNoSidewaysScroll(page, `/${locale}/map at ${size.width}px`);
      // The page's content spans exactly the header's: the map is not wider than the site.
      const edges = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        return { header: [box("header > div").left, box("header > div").right], main: [box("main").left, box("main").right] };
      });
      expect(edges.main, `${locale} at ${size.width}px`).toEqual(edges.header);
    }
  }
});

test("keyboard focus names the places in view; hovering a cluster names its countries", async ({ page }) => {
  // Belgium and Luxembourg lie a few pixels apart at the map's first zoom: they form a cluster.
  // Five each: no country is shown for fewer than k (5) people (ADR 0032).
  await insertPledges(5, { country: "BE" });
  await insertPledges(5, { country: "LU" });
  await expect(async () => {
    await page.goto("/en/map");
    await expect(page.getByTestId("count-BE")).toBeVisible({ timeout: 3_000 });
    await expect(page.getByTestId("count-LU")).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expectMapDrawn(page);

  const canvas = page.locator("canvas.maplibregl-canvas");
  await canvas.focus();
  const inView = page.getByTestId("map-in-view");
  await expect(inView).toHaveAttribute("role", "status");
  await expect(inView).toContainText(/^On the map now: .*Belgium.*Luxembourg|^On the map now: .*Luxembourg.*Belgium/);
  const labels = page.getByTestId("map-place-label");
  await expect(labels.first()).toBeVisible();
  // A cluster's label names its largest countries ("Belgium, Luxembourg · 2", "A, B +3 · 40").
  const cluster = labels.filter({ hasText: /, / }).first();
  await expect(cluster).toBeVisible();

  // The label starts 14 px right of its point: hover the point itself.
  const box = (await cluster.boundingBox())!;
  await page.mouse.move(box.x - 14, box.y + box.height / 2);
  const popup = page.locator(".supporter-popup");
  // Other files leave big countries nearby (Germany: 1,200), so the number may be grouped.
  await expect(popup).toContainText(/ and .*: [\d,]+ supporters$/);
  // Every name in it is a country of the table.
  const named = (await popup.textContent())!.replace(/: [\d,]+ supporters$/, "").split(/,? and |, /);
  const countries = await page.getByTestId("supporter-table").getByRole("table").first().locator("tbody th").allTextContents();
  expect(named.length).toBeGreaterThan(1);
  for (const name of named) expect(countries).toContain(name);

  await page.keyboard.press("Tab");
  await expect(labels).toHaveCount(0);
  await expect(inView).toHaveText("");
});
