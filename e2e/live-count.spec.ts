import { expect, test } from "@playwright/test";
import { signAndReadLinks } from "./support/journey";
import { confirmedPledgeCount } from "./support/e2e-database";

// The home page's counter follows confirmations live, without a reload, and never moves the
// page when it changes (no layout shift).

test("the counter rises live when someone confirms, without shifting the layout", async ({ page, browser }) => {
  const before = await confirmedPledgeCount();
  await page.goto("/en");
  // Earlier tests' confirmations may still be on their way to the page: the live counter catches
  // up by itself (the stream sends the current total), and only then does this test begin.
  await expect(page.getByTestId("pledge-count")).toHaveAttribute("data-count", String(before), { timeout: 20_000 });
  await page.evaluate(() => {
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: "layout-shift", buffered: false });
  });

  const other = await browser.newPage();
  const links = await signAndReadLinks(other);
  await other.goto(links.confirm);
  await other.getByRole("button", { name: "Confirm my pledge" }).click();
  await expect(other.getByRole("status")).toContainText("confirmed");
  await other.close();

  await expect(page.getByTestId("pledge-count")).toHaveAttribute("data-count", String(before + 1), { timeout: 20_000 });
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
});
