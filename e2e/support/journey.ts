import type { Page } from "@playwright/test";
import { linkInMail, openMail } from "./mailbox";
import { fillPledge, submitPledge, uniqueEmail } from "./pledge-page";

/**
 * Signs a fresh pledge and returns its emailed links (read from the development mailbox), from a
 * fresh network unless `options.network` names the address to sign from, from Czechia unless
 * `options.country` names another country (as the form lists it in English).
 */
export async function signAndReadLinks(page: Page, options: { network?: string; country?: string } = {}): Promise<{ email: string; confirm: string; withdraw: string }> {
  const email = uniqueEmail();
  await page.goto("/en");
  await fillPledge(page, { name: "Petra Nováková", email, country: options.country ?? "Czechia", network: options.network });
  await submitPledge(page);
  await page.getByRole("status").filter({ hasText: "Check your email" }).waitFor();
  await openMail(page, email, "Please confirm your solidarity pledge");
  return { email, confirm: new URL(await linkInMail(page, "confirm")).pathname, withdraw: new URL(await linkInMail(page, "withdraw")).pathname };
}

/** The same page in another language: /en/… → /be/… */
export function inLocale(path: string, locale: string): string {
  return path.replace(/^\/(en|be|ru)(?=\/|$)/, `/${locale}`);
}
