import { expect, test, type Page } from "@playwright/test";
import { insertPledges } from "./support/e2e-database";

// Issue #15: /be threw React's hydration error #418. Chromium has no Belarusian number data, so
// a count the server wrote as "1200" became "1,200" in the browser, and React threw the page
// away and rendered it again. Every public page in every language must hydrate without a single
// console error or uncaught exception.

const locales = ["en", "be", "ru"] as const;
const pages = ["", "/map", "/map/event", "/stats", "/stats?history=hour", "/stats/methodology", "/messages", "/privacy"];

/** Every console error and uncaught exception the page reports from now on. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** Until React has hydrated the page's main content (its elements carry React's fiber key), and one frame more. */
async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.querySelector("#main") ?? document.body.firstElementChild;
    return main !== null && Object.keys(main).some((key) => key.startsWith("__reactFiber"));
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
}

let snapshotPath = "";

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  // Four-digit numbers are where Belarusian (1200) and the browser's English fallback (1,200) differ.
  await insertPledges(1200, { country: "DE" });
  const page = await browser.newPage();
  // The stats page is server-rendered from the cached public numbers: reload until the
  // aggregator has folded the new pledges in (one look could come before it, on a busy machine).
  await expect(async () => {
    await page.goto("/en/stats");
    await expect(page.getByTestId("stats-total")).toHaveAttribute("data-count", /^\d{4,}$/, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await page.getByRole("button", { name: "Cite this: create a snapshot" }).click();
  await page.waitForURL(/\/en\/stats\/snapshots\/[0-9a-f-]{36}$/);
  snapshotPath = new URL(page.url()).pathname.replace(/^\/en/, "");
  await page.close();
});

for (const locale of locales) {
  test(`every public page in ${locale} hydrates without errors`, async ({ page }) => {
    const errors = collectErrors(page);
    for (const path of [...pages, snapshotPath]) {
      await page.goto(`/${locale}${path}`);
      await waitForHydration(page);
      expect(errors, `${locale}${path}`).toEqual([]);
    }
    await page.goto(`/embed/counter?locale=${locale}&variant=large`);
    await waitForHydration(page);
    expect(errors, `embed counter in ${locale}`).toEqual([]);
  });
}

test("Belarusian numbers read the same in the browser as on the server", async ({ page }) => {
  await page.goto("/be");
  await waitForHydration(page);
  const count = Number(await page.getByTestId("pledge-count").getAttribute("data-count"));
  expect(count).toBeGreaterThanOrEqual(1200);
  // The server's own formatting (Node has Belarusian data): grouped from five digits, no-break space.
  const expected = new Intl.NumberFormat("be").format(count);
  await expect(page.getByTestId("pledge-count")).toContainText(expected);
});
