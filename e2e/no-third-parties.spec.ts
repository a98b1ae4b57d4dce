import { expect, test } from "@playwright/test";
import { recordForeignRequests } from "./support/foreign-requests";
import { inLocale, signAndReadLinks } from "./support/journey";
import { fillPledge, submitPledge, uniqueEmail } from "./support/pledge-page";

// No request may leave our origin: not a font, not a script, not an image. Every request of
// every public page is recorded, including those made after interaction.

const locales = ["en", "be", "ru"] as const;

test("every public page loads only from our own origin", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign = recordForeignRequests(page, origin);

  const links = await signAndReadLinks(page);
  for (const locale of locales) {
    for (const path of [`/${locale}`, `/${locale}/privacy`, inLocale(links.confirm, locale), inLocale(links.withdraw, locale)]) {
      await page.goto(path, { waitUntil: "networkidle" });
    }
    await page.goto(`/${locale}`, { waitUntil: "networkidle" });
    // Typing in the country combobox (its list is built in the page, from our own data).
    await page.locator("input#pledge-country[role=combobox]").fill("a");
  }
  await page.goto("/en");
  await fillPledge(page, { name: "Claire Martin", email: uniqueEmail(), country: "France" });
  await submitPledge(page);
  await page.getByRole("status").filter({ hasText: "Check your email" }).waitFor();
  await page.waitForLoadState("networkidle");

  expect(foreign).toEqual([]);
});

test("public pages set no cookies", async ({ page, context }) => {
  await page.goto("/");
  await page.goto("/be/privacy");
  expect(await context.cookies()).toEqual([]);
});

test("the home page fits a 360 px wide phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const locale of locales) {
    await page.goto(`/${locale}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, locale).toBeLessThanOrEqual(0);
  }
});
