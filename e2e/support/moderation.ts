import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { linkInMail, openMail } from "./mailbox";
import { fillPledge, submitPledge, uniqueEmail } from "./pledge-page";

// What the moderation spec needs from the supporter side: confirmed pledges with messages, made
// through the public form and the development mailbox exactly as supporters make them.

/**
 * A short tag to put in a test's messages, so its queue view (searched by the tag) is its own.
 * Letters only: eight random hex digits are sometimes all digits, and seven digits in a row are
 * held as a phone number by the moderation rules.
 */
export const messageTag = () => `t${[...randomUUID().replaceAll("-", "").slice(0, 8)].map((digit) => "abcdefghijklmnop"[parseInt(digit, 16)]).join("")}`;

export async function signWithMessage(page: Page, pledge: { name: string; message: string; country?: string }): Promise<void> {
  const email = uniqueEmail();
  await page.goto("/en");
  await fillPledge(page, { name: pledge.name, email, country: pledge.country ?? "Czechia" });
  await page.getByRole("radio", { name: "Full name" }).check();
  await page.getByRole("textbox", { name: "Public message (optional)" }).fill(pledge.message);
  await submitPledge(page);
  await page.getByRole("status").filter({ hasText: "Check your email" }).waitFor();
  await openMail(page, email, "Please confirm your solidarity pledge");
  await page.goto(await linkInMail(page, "confirm"));
  await page.getByRole("button", { name: "Confirm my pledge" }).click();
  await expect(page.getByRole("status")).toContainText("confirmed");
}

/** The queue filtered to one test's messages, once its keyboard shortcuts are live. */
export async function openQueue(page: Page, search: string, status = "open"): Promise<void> {
  await page.goto(`/admin/moderation?${new URLSearchParams({ status, q: search })}`);
  await expect(page.getByRole("heading", { level: 1, name: "Moderation" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Messages" })).toHaveAttribute("data-shortcuts", "on");
}

export function queueItem(page: Page, text: string) {
  return page.getByRole("list", { name: "Messages" }).getByRole("listitem").filter({ hasText: text });
}
