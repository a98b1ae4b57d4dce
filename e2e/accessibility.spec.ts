import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { inLocale, signAndReadLinks } from "./support/journey";
import { submitPledge } from "./support/pledge-page";

// WCAG 2.2 AA, checked by axe on every public page in every language, including the states a
// supporter meets (form errors, confirm and withdraw pages). Zero violations allowed.

const locales = ["en", "be", "ru"] as const;

let links: { confirm: string; withdraw: string };

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  links = await signAndReadLinks(page);
  await page.close();
});

for (const locale of locales) {
  test.describe(`pages in ${locale}`, () => {
    test("home page", async ({ page }) => {
      await page.goto(`/${locale}`);
      await expectNoViolations(page);
    });

    test("home page showing form errors", async ({ page }) => {
      await page.goto(`/${locale}`);
      await submitPledge(page, locale);
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
      await expectNoViolations(page);
    });

    test("privacy notice", async ({ page }) => {
      await page.goto(`/${locale}/privacy`);
      await expectNoViolations(page);
    });

    test("confirm and withdraw pages", async ({ page }) => {
      await page.goto(inLocale(links.confirm, locale));
      await expectNoViolations(page);
      await page.goto(inLocale(links.withdraw, locale));
      await expectNoViolations(page);
      await page.goto(`/${locale}/confirm/not-a-token`);
      await expectNoViolations(page);
    });
  });
}

test("development mailbox", async ({ page }) => {
  await page.goto("/dev/mailbox");
  await expectNoViolations(page);
  await page.getByRole("link").nth(0).click();
  await expectNoViolations(page);
});
