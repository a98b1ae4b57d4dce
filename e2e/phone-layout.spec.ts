import { expect, test } from "@playwright/test";
import { confirmNewPledge } from "./support/confirm-pledge";
import { DESKTOP, expectNoSidewaysScroll, PHONE, shoot } from "./support/layout";

// Every public page at a phone's 390 px and a laptop's 1280 px, in every language: nothing wider
// than the window (long hashes, links and citations wrap), with a screenshot of each for review.
// And the embed snippets' iframes are as large as the card they frame, so partners see no
// scrollbar and no clipped link.

const locales = ["en", "be", "ru"] as const;
let snapshotPath: string;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(90_000);
  await confirmNewPledge(browser); // a country and a history point on every page
  const page = await browser.newPage();
  await page.goto("/en/stats");
  await page.getByRole("button", { name: "Cite this: create a snapshot" }).click();
  await expect(page).toHaveURL(/\/en\/stats\/snapshots\/[0-9a-f-]{36}$/);
  snapshotPath = new URL(page.url()).pathname.replace(/^\/en/, "");
  await page.close();
});

for (const locale of locales) {
  test(`the public pages in ${locale} fit 390 and 1280 px`, async ({ page }) => {
    test.setTimeout(180_000); // fourteen full pages on a shared machine
    for (const path of ["", "/map", "/stats", "/stats/methodology", snapshotPath, "/messages", "/privacy"]) {
      for (const size of [PHONE, DESKTOP]) {
        await page.setViewportSize(size);
        await page.goto(`/${locale}${path}`);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoSidewaysScroll(page, `/${locale}${path} at ${size.width}px`);
        await shoot(page, `${locale}${path.replace(/\//g, "-") || "-home"}-${size.width}`);
      }
    }
  });
}

test("the embed snippets' iframes fit their cards in every language", async ({ page }) => {
  await page.goto("/en/stats");
  const snippet = await page.locator("#embed-iframe").inputValue();
  const compact = { width: Number(/width="(\d+)"/.exec(snippet)?.[1]), height: Number(/height="(\d+)"/.exec(snippet)?.[1]) };
  const large = (await (await page.request.get(`/api/v1/oembed?url=${encodeURIComponent(new URL("/embed/counter?variant=large", page.url()).toString())}`)).json()) as { width: number; height: number };
  for (const [variant, size] of [["compact", compact], ["large", large]] as const) {
    for (const locale of locales) {
      await page.setViewportSize(size);
      await page.goto(`/embed/counter?locale=${locale}&variant=${variant}`);
      await expect(page.getByTestId("embed-count")).toBeVisible();
      const needed = await page.evaluate(() => ({ width: document.scrollingElement!.scrollWidth, height: document.scrollingElement!.scrollHeight }));
      expect(needed.width, `${variant} ${locale} width`).toBeLessThanOrEqual(size.width);
      expect(needed.height, `${variant} ${locale} height`).toBeLessThanOrEqual(size.height);
      // And the card fills the frame (4 px inside each edge, for its outline): no empty band below it.
      expect((await page.getByTestId("embed-count").locator("xpath=ancestor::main/div").boundingBox())?.height, `${variant} ${locale} card`).toBe(size.height - 8);
      await shoot(page, `embed-${variant}-${locale}`);
    }
  }
});
