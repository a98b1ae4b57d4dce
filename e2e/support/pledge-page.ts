import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { browseFromNetwork } from "./network";

// What a supporter does on the home page, in words the specs can read.

export function uniqueEmail(): string {
  return `e2e-${randomUUID()}@example.org`;
}

export async function publicCount(page: Page): Promise<number> {
  const value = await page.getByTestId("pledge-count").getAttribute("data-count");
  return Number(value);
}

/**
 * The public count is folded by the aggregator about once a second, so a page rendered right
 * after a confirmation may still show the previous number: reload until it matches.
 */
export async function expectPublicCount(page: Page, expected: number): Promise<void> {
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("pledge-count")).toHaveAttribute("data-count", String(expected), { timeout: 500 });
  }).toPass({ timeout: 15_000 });
}

export async function fillPledge(
  page: Page,
  pledge: { name: string; email: string; country: string; consent?: boolean; network?: string },
): Promise<void> {
  // From the supporter's own network (a fresh one unless the test names one): see ./network.ts.
  await browseFromNetwork(page, pledge.network);
  await page.getByRole("textbox", { name: "Full name" }).fill(pledge.name);
  await page.getByRole("textbox", { name: "Email" }).fill(pledge.email);
  await page.getByRole("combobox", { name: "Country" }).selectOption({ label: pledge.country });
  if (pledge.consent ?? true) await page.getByLabel(/I agree that my pledge is stored/).check();
}

const submitLabels: Record<string, string> = { en: "Sign the pledge", be: "Падпісаць зварот", ru: "Подписать обращение" };

export async function submitPledge(page: Page, locale = "en"): Promise<void> {
  await page.getByRole("button", { name: submitLabels[locale] }).click();
}
