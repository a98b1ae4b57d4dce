import { expect, test, type Browser } from "@playwright/test";
import { pledgeOfConfirmLink } from "./support/e2e-database";
import { signAndReadLinks } from "./support/journey";
import { randomNetworkAddress } from "./support/network";

// A second pledge from the same network within 60 seconds is not counted, even when the two
// pledges reach different instances: the limit lives in PostgreSQL, not in an instance's memory
// (docs/decisions/0021-rate-limits-in-postgresql.md). The network reaches the app through
// X-Forwarded-For, as from the load balancer (the e2e server trusts one hop from loopback).

const port = Number(process.env.E2E_PORT ?? 3100);
const instanceA = `http://127.0.0.1:${port}`;
const instanceB = `http://127.0.0.1:${process.env.E2E_SECOND_PORT ?? port + 1}`;

/** The public count as an instance serves it (its cache included). */
async function countOn(origin: string): Promise<number> {
  return ((await (await fetch(`${origin}/api/v1/stats.json`)).json()) as { confirmed: number }).confirmed;
}

/** Signs on `origin` from `address`, confirms through the emailed link, returns the link. */
async function signAndConfirm(browser: Browser, origin: string, address: string): Promise<string> {
  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    const { confirm } = await signAndReadLinks(page, { network: address });
    await page.goto(confirm);
    await page.getByRole("button", { name: "Confirm my pledge" }).click();
    // A held supporter is told the same as any other: a bot learns nothing from the page.
    await expect(page.getByRole("status")).toContainText("confirmed");
    return confirm;
  } finally {
    await context.close();
  }
}

test("a second pledge from the same network within 60 s is not counted, across instances", async ({ browser }) => {
  await expect(async () => expect((await fetch(`${instanceB}/api/health`)).status).toBe(200)).toPass({ timeout: 60_000 });
  const before = await countOn(instanceA);
  // The burst limit counts in windows aligned to the minute (ADR 0021): start both pledges early
  // in one, so they cannot straddle a boundary (signing twice takes well under 40 s).
  await expect.poll(() => new Date().getUTCSeconds(), { timeout: 45_000, intervals: [500] }).toBeLessThan(20);
  // Two addresses of one /24 network, each behind a different instance.
  const network = randomNetworkAddress().replace(/\.\d+$/, "");
  const first = await signAndConfirm(browser, instanceA, `${network}.7`);
  const second = await signAndConfirm(browser, instanceB, `${network}.99`);
  // A later pledge from another network: once it is counted, everything before it has been folded.
  const sentinel = await signAndConfirm(browser, instanceA, randomNetworkAddress());

  expect(await pledgeOfConfirmLink(first)).toEqual({ status: "CONFIRMED", reviewReason: null });
  expect(await pledgeOfConfirmLink(second)).toEqual({ status: "PENDING_REVIEW", reviewReason: "rate_limited" });
  expect(await pledgeOfConfirmLink(sentinel)).toEqual({ status: "CONFIRMED", reviewReason: null });
  for (const origin of [instanceA, instanceB]) {
    await expect.poll(() => countOn(origin), { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 2);
    expect(await countOn(origin)).toBe(before + 2);
  }
});
