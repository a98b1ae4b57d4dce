import { expect, test } from "@playwright/test";
import { linkInMail, openMail } from "./support/mailbox";
import { expectPublicCount, fillPledge, settledPublicCount, submitPledge, uniqueEmail } from "./support/pledge-page";
import { ALREADY_CONFIRMED_TEXT, CONFIRMED_TEXT } from "./support/wording";

// A supporter signs on the home page, confirms through the emailed link (read in the
// development mailbox) and the public count moves by exactly one; bad input is refused field by
// field and moves nothing. Each journey runs with JavaScript (inline errors, no reload) and
// without it (plain form POST, server-rendered answers).

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    // Without JavaScript no proof of work is sent; the emailed link is the gate and the pledge
    // counts the same (ADR 0029).
    test("sign, confirm by email, count rises by one; withdraw, count falls back", async ({ page }) => {
      await page.goto("/en");
      const before = await settledPublicCount(page);
      const email = uniqueEmail();

      await fillPledge(page, { name: "Anna Kowalska", email, country: "Poland" });
      await submitPledge(page);
      await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toBeVisible();
      await page.goto("/en");
      await expectPublicCount(page, before); // not counted until confirmed

      await openMail(page, email, "Please confirm your solidarity pledge");
      await page.goto(await linkInMail(page, "confirm"));
      await page.getByRole("button", { name: "Confirm my pledge" }).click();
      await expect(page.getByRole("status")).toHaveText(CONFIRMED_TEXT);
      await page.goto("/en");
      await expectPublicCount(page, before + 1);

      await openMail(page, email, "Please confirm your solidarity pledge");
      await page.goto(await linkInMail(page, "confirm"));
      await expect(page.getByRole("status")).toHaveText(ALREADY_CONFIRMED_TEXT);

      await openMail(page, email, "Please confirm your solidarity pledge");
      await page.goto(await linkInMail(page, "withdraw"));
      await page.getByRole("button", { name: "Withdraw my pledge and delete my data" }).click();
      await expect(page.getByRole("status")).toHaveText("Your pledge has been withdrawn and your personal data deleted.");
      await page.goto("/en");
      await expectPublicCount(page, before);
    });

    test("invalid input shows an error on each field and stores nothing", async ({ page }) => {
      await page.goto("/en");
      const before = await settledPublicCount(page);

      await page.getByRole("textbox", { name: "Email" }).fill("not-an-email");
      await submitPledge(page);

      await expect(page.getByRole("alert").getByRole("heading")).toHaveText("Please correct 4 fields below.");
      await expect(page.getByRole("textbox", { name: "Full name" })).toHaveAccessibleDescription(/Enter your name\./);
      await expect(page.getByRole("textbox", { name: "Email" })).toHaveAccessibleDescription(/Enter an email address like name@example\.org\./);
      await expect(page.getByRole("combobox", { name: "Country" })).toHaveAccessibleDescription(/Choose your country\./);
      await expect(page.getByLabel(/I agree that my pledge is stored/)).toHaveAccessibleDescription(/Tick this box/);
      await expect(page.getByRole("textbox", { name: "Full name" })).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByRole("textbox", { name: "Email" })).toHaveValue("not-an-email");
      if (javaScriptEnabled) await expect(page.getByRole("textbox", { name: "Full name" })).toBeFocused();

      await page.goto("/en");
      await expectPublicCount(page, before);
    });
  });
}

test("signing again with the same email looks the same on the page and sends an 'already signed' email", async ({ page }) => {
  const email = uniqueEmail();
  await page.goto("/en");
  const start = await settledPublicCount(page);
  await fillPledge(page, { name: "Jonas Petrauskas", email, country: "Lithuania" });
  await submitPledge(page);
  // A press during the proof of work is sent once it is solved: wait for the answer before leaving.
  await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toBeVisible();
  await openMail(page, email, "Please confirm your solidarity pledge");
  await page.goto(await linkInMail(page, "confirm"));
  await page.getByRole("button", { name: "Confirm my pledge" }).click();
  await expect(page.getByRole("status")).toContainText("confirmed");
  // Counted once the aggregator has folded the confirmation (about a second).
  await page.goto("/en");
  await expectPublicCount(page, start + 1);

  await fillPledge(page, { name: "Jonas Petrauskas", email, country: "Lithuania" });
  await submitPledge(page);
  await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toBeVisible();
  await openMail(page, email, "You have already signed the solidarity pledge");
  await page.goto("/en");
  await expectPublicCount(page, start + 1);
});

test("the page is served in the reader's language", async ({ page }) => {
  await page.goto("/ru");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Поддержите гражданское общество Беларуси");
  await page.getByRole("link", { name: "Беларуская" }).click();
  await expect(page).toHaveURL(/\/be$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "be");
});

