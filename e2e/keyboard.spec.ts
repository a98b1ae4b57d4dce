import { expect, test, type Page } from "@playwright/test";
import { readMailLocally } from "./support/mailbox";
import { browseFromNetwork } from "./support/network";
import { expectPublicCount, settledPublicCount, uniqueEmail } from "./support/pledge-page";
import { CONFIRMED_TEXT } from "./support/wording";

// The whole journey with the keyboard alone: sign, confirm through the mailbox, withdraw.
// Only the address bar (page.goto) and keys are used; focus must always be visible.

async function tabTo(page: Page, matches: () => Promise<boolean>, limit = 80): Promise<void> {
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press("Tab");
    if (await matches()) return;
  }
  throw new Error("could not reach the element with Tab");
}

function focusedIs(page: Page, selector: string) {
  return () => page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector);
}

async function expectVisibleFocus(page: Page) {
  const outline = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return "none";
    const style = getComputedStyle(element);
    return style.outlineStyle === "none" || style.outlineWidth === "0px" ? "none" : style.outlineStyle;
  });
  expect(outline).not.toBe("none");
}

test("sign, confirm and withdraw with the keyboard only", async ({ page }) => {
  const email = uniqueEmail();
  await browseFromNetwork(page);
  await readMailLocally(page);
  await page.goto("/en");
  const before = await settledPublicCount(page);

  // The skip link is the first stop and takes us to the content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await expectVisibleFocus(page);

  await tabTo(page, focusedIs(page, "#pledge-name"));
  await expectVisibleFocus(page);
  await page.keyboard.type("Sofia Lindqvist");
  await tabTo(page, focusedIs(page, "#pledge-email"));
  await page.keyboard.type(email);
  await tabTo(page, focusedIs(page, "#pledge-country"));
  // The combobox: type part of a name, move with the arrows, choose with Enter, close with Escape.
  await page.keyboard.type("Holl");
  await expect(page.getByRole("option")).toHaveText(["Netherlands"]);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("listbox")).toBeHidden();
  await page.keyboard.press("Escape");
  await expect(page.locator("#pledge-country")).toHaveValue("");
  await page.keyboard.type("Swe");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await expect(page.locator("#pledge-country")).toHaveAttribute("aria-activedescendant", /SE$/);
  await page.keyboard.press("Enter");
  await expect(page.locator("#pledge-country")).toHaveValue("Sweden");
  await expect(page.locator('input[name="country"]')).toHaveValue("SE");
  await tabTo(page, focusedIs(page, "#pledge-consentProcessing"));
  await page.keyboard.press("Space");
  await tabTo(page, focusedIs(page, 'button[type="submit"]'));
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toBeFocused();

  // The mailbox: find the message with Tab, open it with Enter, follow the confirm link.
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await expect(page.getByRole("row").filter({ hasText: email })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await tabTo(page, () => page.evaluate((address) => document.activeElement?.closest("tr")?.textContent?.includes(address) ?? false, email));
  await page.keyboard.press("Enter");
  await tabTo(page, focusedIs(page, 'a[href*="/confirm/"]'));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/confirm\//);
  await tabTo(page, focusedIs(page, 'button[type="submit"]'));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText(CONFIRMED_TEXT);
  await page.goto("/en");
  await expectPublicCount(page, before + 1);

  await page.goto("/dev/mailbox");
  await tabTo(page, () => page.evaluate((address) => document.activeElement?.closest("tr")?.textContent?.includes(address) ?? false, email));
  await page.keyboard.press("Enter");
  await tabTo(page, focusedIs(page, 'a[href*="/withdraw/"]'));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/withdraw\//);
  await tabTo(page, focusedIs(page, 'button[type="submit"]'));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Your pledge has been withdrawn and your personal data deleted.");
  await page.goto("/en");
  await expectPublicCount(page, before);
});
