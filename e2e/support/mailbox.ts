import { expect, type Page } from "@playwright/test";

const localPages = new WeakSet<Page>();

/**
 * The mailbox answers only clients on the machine itself (lib/mail/dev-mailbox-access.ts). A page
 * that browses "from a network" (support/network.ts: X-Forwarded-For, as a proxy would send it)
 * reads its mail as the developer at the machine would: without that header, for the mailbox only.
 */
export async function readMailLocally(page: Page): Promise<void> {
  if (localPages.has(page)) return;
  localPages.add(page);
  await page.route(/\/dev\/mailbox(\/|$|\?)/, async (route) => {
    const headers = { ...route.request().headers() };
    delete headers["x-forwarded-for"];
    await route.continue({ headers });
  });
}

/** The address of the newest email to `address` with `subject` listed now, or null. */
export async function newestMail(page: Page, address: string, subject: string | RegExp): Promise<string | null> {
  await readMailLocally(page);
  await page.goto("/dev/mailbox");
  const mails = page.getByRole("row").filter({ hasText: address }).getByRole("link", { name: subject });
  return (await mails.count()) ? mails.first().getAttribute("href") : null;
}

/**
 * Opens the newest email to `address` in the development mailbox, waiting for the job worker to
 * deliver it (the page is reloaded until the message is listed; no fixed sleeps). With `newerThan`
 * (a newestMail taken before the request), it waits for a different newest email: a request the
 * server swallowed (a rate limit) then fails here instead of opening an older, used one.
 */
export async function openMail(page: Page, address: string, subject: string | RegExp, options: { newerThan?: string | null } = {}): Promise<void> {
  await readMailLocally(page);
  const newest = () => page.getByRole("row").filter({ hasText: address }).getByRole("link", { name: subject }).first();
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await expect(newest()).toBeVisible({ timeout: 3_000 });
    if (options.newerThan) expect(await newest().getAttribute("href")).not.toBe(options.newerThan);
  }).toPass({ timeout: 20_000 });
  await newest().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** The URL of the first link in the open email whose address contains `/kind/`. */
export async function linkInMail(page: Page, kind: "confirm" | "withdraw"): Promise<string> {
  const href = await page.locator(`a[href*="/${kind}/"]`).first().getAttribute("href");
  if (!href) throw new Error(`no ${kind} link in the email`);
  return href;
}
