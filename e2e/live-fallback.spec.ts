import { expect, test } from "@playwright/test";
import { confirmedPledgeCount, insertPledges } from "./support/e2e-database";
import { browseFromNetwork, randomNetworkAddress } from "./support/network";

// A network that already holds its share of live streams (LIVE_CONNECTIONS_PER_NETWORK, 50 on
// the e2e server) is refused one more with 429; the page behind it still follows the count, by
// polling /api/v1/stats.json (components/live/live-feed.ts).

const CAP = 50;

test("a page refused a live stream follows the count by polling", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const network = randomNetworkAddress().replace(/\.\d+$/, "");
  const streams = Array.from({ length: CAP }, () => new AbortController());
  try {
    const opened = await Promise.all(
      streams.map((controller, index) => fetch(`${baseURL}/api/live`, { headers: { "x-forwarded-for": `${network}.${index + 1}` }, signal: controller.signal })),
    );
    expect(opened.map((response) => response.status)).toEqual(Array.from({ length: CAP }, () => 200));

    await browseFromNetwork(page, `${network}.200`);
    const refused = page.waitForResponse((response) => response.url().endsWith("/api/live"));
    const polled = page.waitForResponse((response) => response.url().includes("/api/v1/stats.json"));
    await page.goto("/en");
    expect((await refused).status()).toBe(429);
    expect((await polled).status()).toBe(200);

    const before = await confirmedPledgeCount();
    await insertPledges(3, { status: "CONFIRMED", country: "LT" });
    // Folded by the aggregator within a second or two, cached 5 s, polled every 15 s.
    await expect(page.getByTestId("pledge-count")).toHaveAttribute("data-count", String(before + 3), { timeout: 45_000 });
  } finally {
    for (const controller of streams) controller.abort();
  }
});
