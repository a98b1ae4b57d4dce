import { expect, test } from "@playwright/test";

// Links shared on social networks show a card with the live count, in the page's language.

for (const locale of ["en", "be", "ru"] as const) {
  test(`the ${locale} home page announces a social card that renders`, async ({ page, request }) => {
    await page.goto(`/${locale}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toContain(`/${locale}/opengraph-image`);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", { en: "en_GB", be: "be_BY", ru: "ru_RU" }[locale]);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");

    const response = await request.get(new URL(image!).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect((await response.body()).length).toBeGreaterThan(10_000);
  });
}

test("the share block offers plain links that load nothing from other sites", async ({ page }) => {
  await page.goto("/en");
  const share = page.getByRole("region", { name: /share/i });
  await expect(share.getByRole("link", { name: /Telegram/ })).toHaveAttribute("href", /^https:\/\/t\.me\/share\/url\?url=/);
  await expect(share.getByRole("link", { name: /email/i })).toHaveAttribute("href", /^mailto:\?subject=/);
});
