import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { recordForeignRequests } from "./support/foreign-requests";
import { expectNoViolations } from "./support/axe";
import { confirmNewPledge } from "./support/confirm-pledge";

// The stats page journalists cite: accessible in every language, self-contained, in step with
// the open data API and the badge, and able to freeze a citable, verifiable snapshot.

const locales = ["en", "be", "ru"] as const;

async function statsJsonCount(page: Page): Promise<number> {
  const response = await page.request.get("/api/v1/stats.json");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { confirmed: number }).confirmed;
}

for (const locale of locales) {
  test(`the stats pages in ${locale} pass axe and load nothing from another origin`, async ({ page, baseURL }) => {
    // Three full pages, each scanned by axe, on a shared and busy machine.
    test.setTimeout(120_000);
    const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
    for (const path of [`/${locale}/stats`, `/${locale}/stats?history=hour`, `/${locale}/stats/methodology`]) {
      await page.goto(path, { waitUntil: "networkidle" });
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoViolations(page);
    }
    expect(foreign).toEqual([]);
  });
}

async function czechCount(page: Page): Promise<number> {
  const countries = (await (await page.request.get("/api/v1/countries.json")).json()) as { countries: { code: string; count: number }[] };
  return countries.countries.find((row) => row.code === "CZ")?.count ?? 0;
}

test("a confirmation raises the stats page, stats.json and the badge alike", async ({ page, browser }) => {
  const before = await statsJsonCount(page);
  const czechBefore = await czechCount(page);
  await confirmNewPledge(browser); // a supporter in Czechia

  // The aggregator folds within a second; the API may be cached for a few more.
  await expect.poll(() => statsJsonCount(page), { timeout: 20_000 }).toBe(before + 1);
  await page.goto("/en/stats");
  await expect(page.getByTestId("stats-total")).toHaveAttribute("data-count", String(before + 1));
  await expect(page.getByTestId("ledger-table").locator('[data-status="confirmed"]')).toHaveAttribute("data-count", String(before + 1));
  const czechia = page.getByTestId("country-table").locator('[data-country="CZ"]');
  await expect(czechia).toContainText("Czechia");
  const badge = await (await page.request.get("/api/v1/badge.svg")).text();
  expect(badge).toContain(`<title id="badge-title">${(before + 1).toLocaleString("en")} `);
  // Czechia rose by exactly this pledge, in the API and in the page's table.
  expect(await czechCount(page)).toBe(czechBefore + 1);
  await expect(czechia).toHaveAttribute("data-count", String(czechBefore + 1));
});

test("Cite this freezes the figures at a permalink whose JSON matches its SHA-256", async ({ page }) => {
  await page.goto("/en/stats");
  const count = await page.getByTestId("stats-total").getAttribute("data-count");
  await page.getByRole("button", { name: "Cite this: create a snapshot" }).click();
  await expect(page).toHaveURL(/\/en\/stats\/snapshots\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("snapshot-confirmed")).toHaveAttribute("data-count", count!);
  const hash = await page.getByTestId("snapshot-hash").textContent();
  await expect(page.getByTestId("snapshot-citation")).toContainText(hash!);

  const json = await page.request.get(await page.getByRole("link", { name: "Download the snapshot (JSON)" }).getAttribute("href") as string);
  expect(json.status()).toBe(200);
  expect(createHash("sha256").update(await json.body()).digest("hex")).toBe(hash);
  await expectNoViolations(page);

  const id = new URL(page.url()).pathname.split("/").at(-1);
  await page.goto(`/ru/stats/snapshots/${id}`);
  await expect(page.getByTestId("snapshot-hash")).toHaveText(hash!);
  await expectNoViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the stats page shows its tables and Cite this still works", async ({ page }) => {
    await page.goto("/be/stats");
    await expect(page.getByTestId("ledger-table")).toBeVisible();
    await expect(page.getByTestId("history-table").or(page.getByText("Гісторыі пакуль няма."))).toBeVisible();
    await page.getByRole("button", { name: "Цытаваць: стварыць здымак" }).click();
    await expect(page).toHaveURL(/\/be\/stats\/snapshots\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId("snapshot-hash")).toHaveText(/^[0-9a-f]{64}$/);
  });
});
