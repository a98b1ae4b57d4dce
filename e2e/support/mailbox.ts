import { expect, type Page } from "@playwright/test";

/**
 * Opens the newest email to `address` in the development mailbox, waiting for the job worker to
 * deliver it (the page is reloaded until the message is listed; no fixed sleeps).
 */
export async function openMail(page: Page, address: string, subject: string | RegExp): Promise<void> {
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await expect(page.getByRole("row").filter({ hasText: address }).getByRole("link", { name: subject }).first()).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole("row").filter({ hasText: address }).getByRole("link", { name: subject }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** The URL of the first link in the open email whose address contains `/kind/`. */
export async function linkInMail(page: Page, kind: "confirm" | "withdraw"): Promise<string> {
  const href = await page.locator(`a[href*="/${kind}/"]`).first().getAttribute("href");
  if (!href) throw new Error(`no ${kind} link in the email`);
  return href;
}
