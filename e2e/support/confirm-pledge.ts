import { expect, type Browser } from "@playwright/test";
import { signAndReadLinks } from "./journey";

/** Signs and confirms a fresh pledge in a page of its own (through the development mailbox). */
export async function confirmNewPledge(browser: Browser): Promise<void> {
  const page = await browser.newPage();
  const links = await signAndReadLinks(page);
  await page.goto(links.confirm);
  await page.getByRole("button", { name: "Confirm my pledge" }).click();
  await expect(page.getByRole("status")).toContainText("confirmed");
  await page.close();
}
