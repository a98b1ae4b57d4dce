import { randomUUID } from "node:crypto";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { newestMail, openMail } from "./mailbox";

// What an organiser does in the admin area, in words the specs can read (e2e/admin-auth.spec.ts).

export const ADMIN = "admin@example.org";
export const adminPages = ["/admin", "/admin/organisers", "/admin/audit", "/admin/moderation", "/admin/fraud", "/admin/fraud/invalidate", "/admin/review", "/admin/settings", "/admin/settings/story", "/admin/export", "/admin/delivery", "/admin/crm", "/admin/webhooks", "/admin/campaigns/new"];
export type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

export const organiserAddress = (label: string) => `e2e-${label}-${randomUUID()}@example.org`;

/** Asks for a link, opens it from the development mailbox, presses "Sign in". */
export async function signIn(page: Page, email: string): Promise<void> {
  const SUBJECT = "Sign in to Solidarity Pledge";
  const before = await newestMail(page, email, SUBJECT);
  await page.goto("/admin/sign-in");
  await page.getByRole("textbox", { name: "Email address" }).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await openMail(page, email, SUBJECT, { newerThan: before });
  const link = await page.locator('a[href*="/admin/sign-in/link"]').first().getAttribute("href");
  expect(link).toBeTruthy();
  await page.goto(link!);
  await expect(page.getByText(`You are signing in as ${email}`)).toBeVisible();
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
}

export async function addOrganiser(page: Page, email: string, role: "Admin" | "Moderator" | "Viewer"): Promise<void> {
  await page.goto("/admin/organisers");
  await page.getByRole("textbox", { name: "Email address" }).fill(email);
  await page.getByRole("combobox", { name: "Role", exact: true }).selectOption(role.toUpperCase());
  await page.getByRole("button", { name: "Add organiser" }).click();
  await expect(page.getByRole("status")).toContainText("Organiser added");
}

export function organiserRow(page: Page, email: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: email }) });
}

/** Signs `email` in once in a context of its own and returns its cookies, for newSignedInPage. */
export async function signedInState(browser: Browser, email: string): Promise<StorageState> {
  const context = await browser.newContext();
  try {
    await signIn(await context.newPage(), email);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

export async function newSignedInPage(browser: Browser, state: StorageState, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ storageState: state, ...options });
  return context.newPage();
}

/** The name/value pairs of the form whose submit button is `button`, as the browser would post them. */
export async function formFields(page: Page, button: string): Promise<Record<string, string>> {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: button }) });
  const pairs = await form.locator("input, select").evaluateAll((elements) =>
    elements.map((element) => [(element as HTMLInputElement).name, (element as HTMLInputElement).value] as const),
  );
  return Object.fromEntries(pairs.filter(([name]) => name));
}
