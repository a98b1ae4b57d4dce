import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { watchCsp } from "./support/csp-watch";

// Issue #15 point 7: a mistyped address is answered inside the site (its layout, its language,
// its CSP), and every page names itself in the tab, in bookmarks and in share cards.

const locales = ["en", "be", "ru"] as const;
const notFoundHeadings = { en: "Page not found", be: "Старонка не знойдзена", ru: "Страница не найдена" };
const publicPaths = ["", "/map", "/messages", "/stats", "/stats/methodology", "/privacy", "/about", "/confirm/not-a-token", "/withdraw/not-a-token"];

for (const locale of locales) {
  test(`an unknown address in ${locale} is a 404 in the site's layout and language, under the CSP`, async ({ page }) => {
    const csp = await watchCsp(page);
    const response = await page.goto(`/${locale}/no-such-page/at-all`, { waitUntil: "networkidle" });
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFoundHeadings[locale]);
    await expect(page.getByRole("banner").getByRole("link").first()).toHaveAttribute("href", `/${locale}`);
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link").first()).toHaveAttribute("href", `/${locale}#pledge`);
    expect(await csp.violations()).toEqual([]);
    await expectNoViolations(page);
  });

  test(`every public page in ${locale} has a title of its own, and share cards say the same`, async ({ page }) => {
    const titles = new Map<string, string>();
    for (const path of publicPaths) {
      await page.goto(`/${locale}${path}`);
      const title = await page.title();
      expect(title, path).not.toBe("");
      const sameTitle = [...titles].find(([, seen]) => seen === title);
      expect(sameTitle, `${path} has the title of ${sameTitle?.[0]}: "${title}"`).toBeUndefined();
      titles.set(path, title);
      // Pages meant to be shared carry their own card text, not the home page's.
      const cardTitle = page.locator('meta[property="og:title"]');
      if ((await cardTitle.count()) > 0) await expect(cardTitle).toHaveAttribute("content", title);
    }
  });
}
