import { expect, test } from "@playwright/test";
import { signAndReadLinks } from "../support/journey";

// ENABLE AT MERGE of the abuse branch (PostgreSQL rate limits): rename this file to
// e2e/rate-limit-across-instances.spec.ts. It is not a *.spec.ts today because the behaviour it
// checks does not exist yet on this branch — it must fail here, and a skipped test would hide it.
//
// The behaviour: a second pledge from the same network within 60 seconds is not counted, even
// when the two pledges reach different instances (the limit lives in PostgreSQL, not in an
// instance's memory). The network reaches the app through X-Forwarded-For, as from the load
// balancer; the e2e server must trust it from loopback (the abuse branch's proxy setting).

const port = Number(process.env.E2E_PORT ?? 3100);
const instanceA = `http://127.0.0.1:${port}`;
const instanceB = `http://127.0.0.1:${process.env.E2E_SECOND_PORT ?? port + 1}`;

async function countOn(origin: string): Promise<number> {
  const html = await (await fetch(`${origin}/en`)).text();
  return Number(/data-count="(\d+)"/.exec(html)?.[1]);
}

test("a second pledge from the same network within 60 s is not counted, across instances", async ({ browser }) => {
  // Two addresses of one /24 network, each behind a different instance.
  const onA = await browser.newContext({ baseURL: instanceA, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.7" } });
  const onB = await browser.newContext({ baseURL: instanceB, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.99" } });
  try {
    const before = await countOn(instanceA);
    const pageA = await onA.newPage();
    const pageB = await onB.newPage();
    const first = await signAndReadLinks(pageA);
    const second = await signAndReadLinks(pageB);
    for (const [page, link] of [[pageA, first.confirm], [pageB, second.confirm]] as const) {
      await page.goto(link);
      await page.getByRole("button", { name: "Confirm my pledge" }).click();
      await expect(page.getByRole("status")).toBeVisible();
    }
    await expect.poll(() => countOn(instanceB), { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 1);
    expect(await countOn(instanceA)).toBe(before + 1);
    expect(await countOn(instanceB)).toBe(before + 1);
  } finally {
    await onA.close();
    await onB.close();
  }
});
