import { expect, test } from "@playwright/test";
import { expectPublicCount, fillPledge, publicCount, submitPledge, uniqueEmail } from "./support/pledge-page";

// The first slice, end to end: a supporter signs on the home page and the public count moves;
// bad input is refused field by field and moves nothing. Each journey runs with JavaScript
// (inline errors, no reload) and without it (plain form POST, server-rendered answer).

for (const javaScriptEnabled of [true, false]) {
  test.describe(`pledging with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a valid pledge is stored and the count rises by one", async ({ page }) => {
      await page.goto("/en");
      const before = await publicCount(page);

      await fillPledge(page, { name: "Anna Kowalska", email: uniqueEmail(), country: "Poland" });
      await submitPledge(page);

      await expect(page.getByRole("status")).toContainText("Thank you");
      await expectPublicCount(page, before + 1);
      await page.goto("/en");
      await expectPublicCount(page, before + 1);
    });

    test("invalid input shows an error on each field and stores nothing", async ({ page }) => {
      await page.goto("/en");
      const before = await publicCount(page);

      await page.getByRole("textbox", { name: "Email" }).fill("not-an-email");
      await submitPledge(page);

      await expect(page.getByRole("alert").filter({ hasText: "Please correct" })).toHaveText("Please correct 4 fields below.");
      await expect(page.getByRole("textbox", { name: "Full name" })).toHaveAccessibleDescription(/Enter your name\./);
      await expect(page.getByRole("textbox", { name: "Email" })).toHaveAccessibleDescription(/Enter an email address like name@example\.org\./);
      await expect(page.getByRole("combobox", { name: "Country" })).toHaveAccessibleDescription("Choose your country.");
      await expect(page.getByLabel(/I agree that my pledge is stored/)).toHaveAccessibleDescription(/Tick this box/);
      await expect(page.getByRole("textbox", { name: "Full name" })).toHaveAttribute("aria-invalid", "true");
      // What the supporter typed is still there.
      await expect(page.getByRole("textbox", { name: "Email" })).toHaveValue("not-an-email");
      if (javaScriptEnabled) await expect(page.getByRole("textbox", { name: "Full name" })).toBeFocused();

      await page.goto("/en");
      await expectPublicCount(page, before);
    });
  });
}

test("the page is served in the reader's language", async ({ page }) => {
  await page.goto("/ru");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Поддержите гражданское общество Беларуси");
  await page.getByRole("link", { name: "Беларуская" }).click();
  await expect(page).toHaveURL(/\/be$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "be");
});
