import { expect, test } from "@playwright/test";
import { signAndReadLinks } from "./support/journey";

// Two instances behind one database, as in production: a supporter confirms through instance A,
// and a visitor whose live stream is served by instance B sees the new total within 2 seconds.
// Nothing passes between the instances but PostgreSQL (trigger → aggregator → NOTIFY → LISTEN).

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

test("a confirmation through instance A reaches instance B's live stream within 2 seconds", async ({ page }) => {
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
    await expect(page.getByRole("status")).toHaveText("Thank you — your pledge is confirmed and now counts.");

    await expect.poll(() => stream.events.find((event) => event.total === before.total + 1), { timeout: 2_000 - (Date.now() - clickedAt) }).toBeTruthy();
    const after = stream.events.find((event) => event.total === before.total + 1)!;
    console.log(`instance B announced the new total ${after.at - clickedAt} ms after the click on instance A`);
    expect(after.at - clickedAt).toBeLessThanOrEqual(2_000);
    expect(Number(after.id)).toBeGreaterThan(Number(before.id));
    expect(after.countries.CZ).toBe((before.countries.CZ ?? 0) + 1);
  } finally {
    stream.close();
    await stream.reading;
  }
});
