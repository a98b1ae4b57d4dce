import { expect, type Page } from "@playwright/test";

// What an admin does on /admin/settings, in words the specs can read (e2e/admin-settings.spec.ts).

export async function pressSwitch(page: Page, button: "Pause signing" | "Resume signing" | "Freeze counts" | "Unfreeze counts", outcome: string): Promise<void> {
  await page.goto("/admin/settings");
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByRole("status")).toContainText(outcome);
}

/** Puts both switches back to live (signing open, counts live), whatever a failed test left. */
export async function restoreSwitches(page: Page): Promise<void> {
  await page.goto("/admin/settings");
  for (const button of ["Resume signing", "Unfreeze counts"] as const) {
    if (await page.getByRole("button", { name: button, exact: true }).count()) {
      await page.getByRole("button", { name: button, exact: true }).click();
      await expect(page.getByRole("status")).toBeVisible();
      await page.goto("/admin/settings");
    }
  }
}

export async function saveStory(page: Page, locale: string, markdown: string, outcome: RegExp): Promise<void> {
  await page.goto(`/admin/settings/story?locale=${locale}`);
  await page.getByRole("textbox", { name: /^Story \(/ }).fill(markdown);
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByRole("status")).toContainText(outcome);
}

export async function dashboardCount(page: Page, status: "confirmed" | "pending"): Promise<number> {
  await page.goto("/admin");
  return Number((await page.getByTestId(`pledges-${status}`).innerText()).replace(/,/g, ""));
}
