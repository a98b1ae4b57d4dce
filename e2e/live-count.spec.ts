import { expect, test } from "@playwright/test";
import { signAndReadLinks } from "./support/journey";
import { publicCount } from "./support/pledge-page";

// The home page's counter follows confirmations live, without a reload, and never moves the
// page when it changes (no layout shift).

test("the counter rises live when someone confirms, without shifting the layout", async ({ page, browser }) => {
  await page.goto("/en");
  await page.evaluate(() => {
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: "layout-shift", buffered: false });
  });
  const before = await publicCount(page);

  const other = await browser.newPage();
  const links = await signAndReadLinks(other);
  await other.goto(links.confirm);
  await other.getByRole("button", { name: "Confirm my pledge" }).click();
  await expect(other.getByRole("status")).toContainText("confirmed");
  await other.close();

  await expect(page.getByTestId("pledge-count")).toHaveAttribute("data-count", String(before + 1), { timeout: 10_000 });
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
});
