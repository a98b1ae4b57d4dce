import { expect, test } from "@playwright/test";
import { linkInMail, openMail } from "./support/mailbox";
import { randomNetworkAddress } from "./support/network";
import { expectPublicCount, fillPledge, settledPublicCount, submitPledge, uniqueEmail } from "./support/pledge-page";
import { CONFIRMED_TEXT } from "./support/wording";

// Readers in Belarus reach a blocked site through a mirror or its onion service, often in Tor
// Browser at "Safest" (no JavaScript). The e2e server serves APP_URL (127.0.0.1) and names
// localhost as a mirror (APP_ALT_URLS) and an onion service (ONION_URL; scripts/e2e-server.ts).
// Signing through the mirror must work end to end, and every link must stay on the mirror.

const ONION_ORIGIN = `http://solidaritye2e${"a".repeat(43)}.onion`;

test.describe("through a mirror, with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a supporter signs and confirms, and every link they get stays on the mirror", async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const mirror = `http://localhost:${new URL(baseURL!).port}`;
    await page.goto(`${mirror}/en`);
    const before = await settledPublicCount(page);
    // The page's own absolute links name the mirror, not APP_URL.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${mirror}/en`);
    await expect(page.getByRole("textbox", { name: "Link to this page" })).toHaveValue(`${mirror}/en`);

    const email = uniqueEmail();
    await fillPledge(page, { name: "Aliaksandra Mirror", email, country: "Lithuania", network: randomNetworkAddress() });
    await submitPledge(page);
    await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(mirror);

    await openMail(page, email, "Please confirm your solidarity pledge");
    const confirmLink = await linkInMail(page, "confirm");
    expect(new URL(confirmLink).origin).toBe(mirror);
    expect(new URL(await linkInMail(page, "withdraw")).origin).toBe(mirror);

    // The confirm button is a form post from the mirror: the same-origin rule accepts it.
    await page.goto(confirmLink);
    await page.getByRole("button", { name: "Confirm my pledge" }).click();
    await expect(page.getByRole("status").first()).toHaveText(CONFIRMED_TEXT);
    await page.goto(`${mirror}/en`);
    await expectPublicCount(page, before + 1);
  });
});

test("pages name the onion service (Onion-Location) and the reader's own address in hreflang links", async ({ request, baseURL }) => {
  const mirror = `http://localhost:${new URL(baseURL!).port}`;
  const main = await request.get("/be/map", { maxRedirects: 0 });
  expect(main.headers()["onion-location"]).toBe(`${ONION_ORIGIN}/be/map`);
  expect(main.headers()["link"]).toContain(`<${new URL(baseURL!).origin}/ru/map>; rel="alternate"; hreflang="ru"`);
  const viaMirror = await request.get(`${mirror}/be/map`, { maxRedirects: 0 });
  expect(viaMirror.headers()["onion-location"]).toBe(`${ONION_ORIGIN}/be/map`);
  expect(viaMirror.headers()["link"]).toContain(`<${mirror}/ru/map>; rel="alternate"; hreflang="ru"`);
  // Not on the API: it is no page to offer elsewhere.
  expect((await request.get("/api/health")).headers()["onion-location"]).toBeUndefined();
});

test("another site's form cannot post to the mirror", async ({ request, baseURL }) => {
  const mirror = `http://localhost:${new URL(baseURL!).port}`;
  const response = await request.post(`${mirror}/api/pledges`, { headers: { origin: "https://evil.example" }, form: { name: "x" } });
  expect(response.status()).toBe(403);
});
