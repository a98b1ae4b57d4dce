import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { signAndReadLinks } from "./support/journey";
import { fillPledge, submitPledge, uniqueEmail } from "./support/pledge-page";

// Issue #15 points 1 and 2: the first screen holds what a visitor needs to decide, and signing
// or confirming leads somewhere (share, the map, messages) instead of ending the visit.

const screens = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
];
const locales = ["en", "be", "ru"] as const;

async function expectAboveTheFold(page: Page, what: string, locator: Locator) {
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.y + box!.height, `${what} ends within the first screen`).toBeLessThanOrEqual(page.viewportSize()!.height);
}

for (const screen of screens) {
  for (const locale of locales) {
    test(`${screen.name} ${locale}: headline, lead, count and the form's first fields are on the first screen`, async ({ page }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.goto(`/${locale}`);
      await expectAboveTheFold(page, "headline", page.getByRole("heading", { level: 1 }));
      await expectAboveTheFold(page, "lead", page.getByTestId("campaign-lead"));
      await expectAboveTheFold(page, "count", page.getByTestId("pledge-count"));
      // A phone's first screen ends at the start of the form (its heading and the pledge's words);
      // the fields follow after a short scroll. On a desktop the first fields are on screen.
      if (screen.name === "phone") await expectAboveTheFold(page, "form heading", page.locator("#pledge-heading").first());
      else {
        await expectAboveTheFold(page, "name field", page.locator('input[name="name"]'));
        await expectAboveTheFold(page, "email field", page.locator('input[name="email"]'));
      }
    });
  }
}

test("the home page names who runs the campaign and links to how to reach them", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByTestId("campaign-illustration")).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "About us and contact" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About this campaign");
  await expect(page.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:/);
  await expectNoViolations(page);
});

for (const path of ["/map", "/messages", "/stats", "/privacy", "/about"]) {
  test(`${path} leads to the pledge form`, async ({ page }) => {
    await page.goto(`/ru${path}`);
    await page.getByRole("banner").getByRole("link", { name: "Подписать обращение" }).click();
    await expect(page).toHaveURL(/\/ru#pledge$/);
    await expect(page.getByRole("textbox", { name: "Имя и фамилия" })).toBeInViewport();
  });
}

for (const javaScriptEnabled of [true, false]) {
  test(`after signing (JavaScript ${javaScriptEnabled ? "on" : "off"}) the supporter is offered sharing, the map and messages`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/en");
    await fillPledge(page, { name: "Anna Svobodová", email: uniqueEmail(), country: "Czechia" });
    await submitPledge(page);
    await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toBeVisible();
    const nextSteps = page.getByTestId("next-steps");
    await expect(nextSteps.getByRole("link", { name: "See the supporter map" })).toHaveAttribute("href", "/en/map");
    await expect(nextSteps.getByRole("link", { name: "Read messages of solidarity" })).toHaveAttribute("href", "/en/messages");
    // The prepared text travels with the share links.
    await expect(nextSteps.getByRole("link", { name: "Share on Telegram" })).toHaveAttribute("href", /I%20signed%20the%20pledge/);
    if (javaScriptEnabled) await expectNoViolations(page);
    await context.close();
  });
}

test("the confirmed page offers the same next steps", async ({ page }) => {
  const links = await signAndReadLinks(page);
  await page.goto(links.confirm);
  await page.getByRole("button", { name: "Confirm my pledge" }).click();
  await expect(page.getByRole("status").filter({ hasText: "confirmed" })).toBeVisible();
  const nextSteps = page.getByTestId("next-steps");
  await expect(nextSteps.getByRole("link", { name: "See the supporter map" })).toBeVisible();
  await expect(nextSteps.getByRole("heading", { name: "Share the campaign" })).toBeVisible();
  await expectNoViolations(page);
});
