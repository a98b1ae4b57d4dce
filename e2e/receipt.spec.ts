import { expect, test } from "@playwright/test";
import { linkInMail, openMail } from "./support/mailbox";
import { fillPledge, submitPledge, uniqueEmail } from "./support/pledge-page";

// Issue #16, point 2, as a supporter meets it: the confirmed page shows a receipt code, and the
// verify page checks it in the browser — proof of inclusion and checkpoint signature included —
// once the aggregator has appended the leaf and a checkpoint covers it.

test("a confirmed supporter's receipt is verified in their browser against the signed log", async ({ page }) => {
  test.setTimeout(150_000);
  const email = uniqueEmail();
  await page.goto("/en");
  await fillPledge(page, { name: "Receipt Example", email, country: "Germany" });
  await submitPledge(page);
  await page.getByRole("status").filter({ hasText: "Check your email" }).waitFor();
  await openMail(page, email, "Please confirm your solidarity pledge");
  await page.goto(await linkInMail(page, "confirm"));
  await page.getByRole("button", { name: "Confirm my pledge" }).click();
  const code = (await page.getByTestId("receipt-code").textContent())!.trim();
  expect(code).toMatch(/^([a-z2-7]{4}-){12}[a-z2-7]{4}$/);

  await page.getByRole("link", { name: "Check your receipt" }).click();
  await expect(page).toHaveURL(/\/en\/verify$/);
  await page.getByLabel("Receipt code").fill(code.toUpperCase());
  // The leaf comes with the next tick and the checkpoint within a minute: check until it is in.
  await expect(async () => {
    await page.getByRole("button", { name: "Check" }).click();
    await expect(page.getByTestId("receipt-verified")).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 90_000, intervals: [3_000] });
  await expect(page.getByTestId("receipt-verified")).toContainText("counted for DE");
  await expect(page.getByRole("status")).toContainText(/signature is valid|cannot check Ed25519/);

  await page.getByLabel("Receipt code").fill("not-a-receipt");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByRole("status")).toContainText("This is not a receipt code");
});
