import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "./support/admin-area";
import { signAndReadLinks } from "./support/journey";
import { CONFIRMED_TEXT } from "./support/wording";

// Two instances behind one database, as in production (scripts/e2e-server.ts): live updates,
// organiser sessions and the aggregator's single-runner lock must hold across them. Nothing
// passes between the instances but PostgreSQL (trigger → aggregator → NOTIFY → LISTEN; session
// rows; the advisory lock). Rate limits across instances: e2e/rate-limit-across-instances.spec.ts.

const instanceB = `http://127.0.0.1:${process.env.E2E_SECOND_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1}`;

interface TallyEvent {
  id: string;
  total: number;
  countries: Record<string, number>;
  at: number;
}

/** Opens B's event stream in the test process and records its tally events as they arrive. */
async function openLiveStream(url: string) {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal, headers: { Accept: "text/event-stream" } });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  const events: TallyEvent[] = [];
  const reading = (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    for await (const chunk of response.body!) {
      buffer += decoder.decode(chunk as Uint8Array, { stream: true });
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const fields = Object.fromEntries(buffer.slice(0, end).split("\n").map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]));
        buffer = buffer.slice(end + 2);
        if (fields.event === "tally") events.push({ id: fields.id ?? "", ...(JSON.parse(fields.data ?? "{}") as Omit<TallyEvent, "id" | "at">), at: Date.now() });
      }
    }
  })().catch(() => {}); // ends when the test aborts the request
  return { events, close: () => controller.abort(), reading };
}

// How fast it arrives is the bench's business (npm run bench, "Live fan-out"), never a timed test:
// this machine is shared and noisy. Here only that it arrives, with the right numbers.
test("a confirmation through instance A reaches instance B's live stream", async ({ page }) => {
  await expect(async () => expect((await fetch(`${instanceB}/api/health`)).status).toBe(200)).toPass({ timeout: 60_000 });
  const links = await signAndReadLinks(page);

  const stream = await openLiveStream(`${instanceB}/api/live`);
  try {
    await expect.poll(() => stream.events.length).toBeGreaterThan(0);
    const before = stream.events.at(-1)!;

    await page.goto(links.confirm);
    const confirmButton = page.getByRole("button", { name: "Confirm my pledge" });
    await confirmButton.waitFor();
    const clickedAt = Date.now();
    await confirmButton.click();
    await expect(page.getByRole("status")).toHaveText(CONFIRMED_TEXT);

    await expect.poll(() => stream.events.find((event) => event.total === before.total + 1), { timeout: 15_000 }).toBeTruthy();
    const after = stream.events.find((event) => event.total === before.total + 1)!;
    console.log(`instance B announced the new total ${after.at - clickedAt} ms after the click on instance A`);
    expect(Number(after.id)).toBeGreaterThan(Number(before.id));
    expect(after.countries.CZ).toBe((before.countries.CZ ?? 0) + 1);
  } finally {
    stream.close();
    await stream.reading;
  }
});

/** The public count instance `origin` renders on its home page (read from the database's tallies). */
async function countOn(origin: string): Promise<number> {
  const html = await (await fetch(`${origin}/en`)).text();
  return Number(/data-testid="pledge-count"[^>]*data-count="(\d+)"|data-count="(\d+)"[^>]*data-testid="pledge-count"/.exec(html)?.slice(1).find(Boolean));
}

test("an organiser signed in on instance A is signed in on instance B with the same cookie", async ({ page }) => {
  await signIn(page, ADMIN);
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  const onB = await fetch(`${instanceB}/admin`, { headers: { cookie }, redirect: "manual" });
  expect(onB.status).toBe(200);
  expect(await onB.text()).toContain(`Signed in as <strong>${ADMIN}</strong>`);
  const withoutCookie = await fetch(`${instanceB}/admin`, { redirect: "manual" });
  expect(withoutCookie.status).not.toBe(200);
});

test("both instances run the aggregator and every confirmation is counted exactly once", async ({ page, baseURL }) => {
  const before = await countOn(instanceB);
  const first = await signAndReadLinks(page);
  const second = await signAndReadLinks(page);
  // One confirmation through each instance; both instances' aggregators tick every second.
  for (const [origin, link] of [["", first.confirm], [instanceB, second.confirm]] as const) {
    await page.goto(origin + link);
    await page.getByRole("button", { name: "Confirm my pledge" }).click();
    await expect(page.getByRole("status")).toHaveText(CONFIRMED_TEXT);
  }
  await expect.poll(() => countOn(instanceB), { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 2);
  // Folded twice (two runners at once) would overshoot; the tallies must equal the rows.
  expect(await countOn(instanceB)).toBe(before + 2);
  expect(await countOn(baseURL!)).toBe(before + 2);
  await signIn(page, ADMIN);
  await page.goto(`${instanceB}/admin`);
  // The dashboard's numbers are counted at most every few seconds per instance and the page
  // refreshes itself every 10 s (lib/admin/load-dashboard-numbers.ts): it catches up within that.
  await expect(page.getByTestId("pledges-confirmed")).toHaveText((before + 2).toLocaleString("en"), { timeout: 25_000 });
});
