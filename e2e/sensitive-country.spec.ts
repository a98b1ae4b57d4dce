import { expect, test, type Browser } from "@playwright/test";
import { confirmedPledgeCount, foldedCountryCount } from "./support/e2e-database";
import { signAndReadLinks } from "./support/journey";

// Issue #13.1: a Belarusian's confirmation showed up on /api/live as "BY":3→4 within a second of
// the click, so whoever sees a person's traffic could tie them to it. Here one Belarusian confirms,
// then someone in Czechia does; once Czechia's +1 is public (events are folded in order, so the
// Belarusian's was folded first), no public output may ever have shown the Belarusian.

async function confirmAs(browser: Browser, country: string) {
  const page = await browser.newPage();
  const links = await signAndReadLinks(page, { country });
  await page.goto(links.confirm);
  await page.getByRole("button", { name: "Confirm my pledge" }).click();
  await expect(page.getByRole("status")).toContainText("confirmed");
  await page.close();
}

interface Tally {
  total: number;
  countries: Record<string, number>;
}

test("one Belarusian's confirmation moves no public figure: not the live stream, the map or the open data", async ({ page, browser, request }) => {
  test.setTimeout(180_000); // two supporters sign and confirm through the mailbox
  const before = await confirmedPledgeCount();
  const belarusFolded = await foldedCountryCount("BY");
  const countryRow = async () => ((await (await request.get("/api/v1/countries.json")).json()) as { countries: { code: string; count: number }[] }).countries.find((row) => row.code === "BY");
  const belarusPublished = await countryRow();

  // Every event of the live stream from now on, as a browser receives them.
  await page.goto("/en/map");
  await page.evaluate(() => {
    const seen: Tally[] = [];
    (window as unknown as { tallies: Tally[] }).tallies = seen;
    new EventSource("/api/live").addEventListener("tally", (event) => seen.push(JSON.parse((event as MessageEvent<string>).data) as Tally));
  });
  const tallies = () => page.evaluate(() => (window as unknown as { tallies: Tally[] }).tallies);
  // Earlier tests' pledges may still be on their way: begin once the stream has caught up.
  await expect.poll(async () => (await tallies()).at(-1)?.total, { timeout: 20_000 }).toBe(before);

  await confirmAs(browser, "Belarus");
  await confirmAs(browser, "Czechia");

  await expect.poll(async () => (await tallies()).at(-1)?.total, { timeout: 20_000 }).toBe(before + 1);
  expect(await foldedCountryCount("BY")).toBe(belarusFolded + 1);
  const events = await tallies();
  expect(new Set(events.map((event) => event.countries.BY))).toEqual(new Set([events[0]!.countries.BY]));
  expect(events.every((event) => event.total === before || event.total === before + 1)).toBe(true);
  // The table's total is written in the page's locale ("1,523").
  await expect(page.getByTestId("map-total")).toHaveText(new Intl.NumberFormat("en").format(before + 1));

  // The open data and the map, once their few seconds' cache has the new total.
  await expect.poll(async () => ((await (await request.get("/api/v1/stats.json")).json()) as { confirmed: number }).confirmed, { timeout: 20_000 }).toBe(before + 1);
  expect(await countryRow()).toEqual(belarusPublished);
  await expect.poll(async () => ((await (await request.get("/api/map")).json()) as { total: number }).total, { timeout: 20_000 }).toBe(before + 1);
  const map = (await (await request.get("/api/map")).json()) as { countries: { code: string; count: number }[]; cities: { country: string }[] };
  expect(map.countries.find((country) => country.code === "BY")?.count).toBe(belarusPublished?.count || undefined);
  expect(map.cities.filter((city) => city.country === "BY")).toEqual([]);
});
