import { expect, test, type Page } from "@playwright/test";
import { linkInMail, openMail } from "./support/mailbox";
import { randomNetworkAddress } from "./support/network";
import { expectPublicCount, fillPledge, settledPublicCount, submitPledge, uniqueEmail } from "./support/pledge-page";

// Anti-automation as a supporter meets it: the browser solves a proof of work by itself; without
// JavaScript the pledge is taken but held for review (and the page says so); a second quick
// pledge from the same network gets the very same answer but does not count; throwaway
// mailboxes are refused with a field error.

async function signFrom(page: Page, network: string, email = uniqueEmail()): Promise<string> {
  await page.goto("/en");
  await fillPledge(page, { name: "Olena Shevchenko", email, country: "Ukraine", network });
  await submitPledge(page);
  // The answer, before anything else: leaving the page earlier would abandon the submission.
  await page.getByRole("status").filter({ hasText: "Check your email" }).waitFor();
  return email;
}

async function confirmByEmail(page: Page, email: string): Promise<string> {
  await openMail(page, email, "Please confirm your solidarity pledge");
  await page.goto(await linkInMail(page, "confirm"));
  await page.getByRole("button", { name: "Confirm my pledge" }).click();
  return (await page.getByRole("status").textContent()) ?? "";
}

test("with JavaScript the widget solves the proof of work and the pledge counts once confirmed", async ({ page }) => {
  await page.goto("/en");
  const before = await settledPublicCount(page);
  const email = uniqueEmail();
  await fillPledge(page, { name: "Olena Shevchenko", email, country: "Ukraine" });
  await expect(page.getByText("Anti-bot check passed")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("checkbox", { name: /Anti-bot check/ })).toBeChecked();
  await submitPledge(page);
  await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toContainText("It counts once you confirm.");
  expect(await confirmByEmail(page, email)).toBe("Thank you — your pledge is confirmed and now counts.");
  await page.goto("/en");
  await expectPublicCount(page, before + 1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page says the pledge will be reviewed, and confirming it does not raise the count", async ({ page, browser }) => {
    await page.goto("/en");
    const before = await settledPublicCount(page);
    await expect(page.getByText("JavaScript is off, so our automatic anti-bot check cannot run.")).toBeVisible();
    const email = await signFrom(page, randomNetworkAddress());
    await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toContainText("the organisers will check it before it counts");

    await openMail(page, email, "Please confirm your solidarity pledge");
    await page.goto(await linkInMail(page, "confirm"));
    await expect(page.getByText("after you confirm it, the organisers will check it before it counts")).toBeVisible();
    await page.getByRole("button", { name: "Confirm my pledge" }).click();
    await expect(page.getByRole("status")).toContainText("The organisers will check it before it counts");

    // A later pledge that does count (with JavaScript, another network) proves the aggregator has
    // folded everything before it: the count rises by that one only.
    const withScript = await browser.newContext({ javaScriptEnabled: true });
    const other = await withScript.newPage();
    const counted = await signFrom(other, randomNetworkAddress());
    await confirmByEmail(other, counted);
    await withScript.close();
    await page.goto("/en");
    await expectPublicCount(page, before + 1);
  });
});

test("a second quick pledge from the same network gets the same answer but does not count", async ({ page }) => {
  await page.goto("/en");
  const before = await settledPublicCount(page);
  const network = randomNetworkAddress();
  const first = await signFrom(page, network);
  const firstAnswer = await page.getByRole("status").filter({ hasText: "Check your email" }).textContent();
  const second = await signFrom(page, network);
  await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toHaveText(firstAnswer ?? "");

  // The held one is confirmed first and answers like a counted one: a bot learns nothing.
  expect(await confirmByEmail(page, second)).toBe("Thank you — your pledge is confirmed and now counts.");
  expect(await confirmByEmail(page, first)).toBe("Thank you — your pledge is confirmed and now counts.");
  // One more from another network: once it shows, everything confirmed before it has been folded.
  const third = await signFrom(page, randomNetworkAddress());
  await confirmByEmail(page, third);
  await page.goto("/en");
  await expectPublicCount(page, before + 2);
});

test("a throwaway mailbox is refused with a field error", async ({ page }) => {
  await page.goto("/en");
  await fillPledge(page, { name: "Bot McBotface", email: `x${Date.now()}@mailinator.com`, country: "Poland" });
  await submitPledge(page);
  const email = page.getByRole("textbox", { name: "Email" });
  await expect(email).toHaveAccessibleDescription(/Please use a permanent email address/);
  await expect(email).toHaveAttribute("aria-invalid", "true");
});
