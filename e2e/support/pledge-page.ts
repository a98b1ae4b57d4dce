import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { confirmedPledgeCount } from "./e2e-database";
import { browseFromNetwork } from "./network";

// What a supporter does on the home page, in words the specs can read.

export function uniqueEmail(): string {
  return `e2e-${randomUUID()}@example.org`;
}

/** The count the open page shows, as it is (e.g. to check it stood still while frozen). */
export async function publicCount(page: Page): Promise<number> {
  const value = await page.getByTestId("pledge-count").getAttribute("data-count");
  return Number(value);
}

/**
 * A safe "before": the open page's count once it has caught up with the pledge table. The public
 * count reaches the page through the aggregator and a few seconds' cache, so right after an
 * earlier test confirmed or inserted pledges the page may still be behind; a "before" read then
 * makes the next assertion off by those pledges.
 */
export async function settledPublicCount(page: Page): Promise<number> {
  const confirmed = await confirmedPledgeCount();
  await expectPublicCount(page, confirmed);
  return confirmed;
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
  await chooseCountry(page, pledge.country);
  if (pledge.consent ?? true) await page.getByLabel(/I agree that my pledge is stored/).check();
}

/**
 * The country picker is a native select without JavaScript and a filtering combobox with it. With
 * JavaScript, wait for the combobox: a choice made in the select just before hydration is lost.
 */
export async function chooseCountry(page: Page, name: string): Promise<void> {
  const scriptsRun = await page.evaluate(() => "__next_f" in self);
  if (!scriptsRun) {
    await page.locator("select#pledge-country").selectOption({ label: name });
    return;
  }
  const box = page.locator("input#pledge-country[role=combobox]");
  await box.fill(name);
  await page.getByRole("option", { name, exact: true }).click();
  await expect(box).toHaveValue(name);
}

const submitLabels: Record<string, string> = { en: "Sign the pledge", be: "Падпісаць зварот", ru: "Подписать обращение" };

export async function submitPledge(page: Page, locale = "en"): Promise<void> {
  await page.getByRole("button", { name: submitLabels[locale] }).click();
}
