import { randomBytes, randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { submitPledge } from "@/lib/pledges/submit-pledge";
import { GET as ready } from "@/app/api/ready/route";
import { GET as statsJson } from "@/app/api/v1/stats.json/route";
import { errorCode } from "@/lib/actions/error-code";
import { initialFormState } from "@/lib/actions/form-state";
import { db, dbClient } from "@/lib/db/client";
import { startEmbeddedPostgres, type RunningDatabase } from "@/lib/db/embedded-postgres";
import { findFreePort } from "@/lib/db/free-port";
import { migrateDatabase } from "@/lib/db/migrate-database";
import { withDatabase } from "@/lib/db/resolve-database";
import { emailLookupHash } from "@/lib/privacy/personal-data";
import { statsCache } from "@/lib/stats/current-public-stats";
import { PublicStatsCache } from "@/lib/stats/public-stats-cache";
import { currentTestCampaign } from "@/tests/factories/campaign";
import { pledgeInput } from "@/tests/factories/pledge";
import { queuedJobs } from "@/tests/support/jobs";
import { createPledge } from "@/lib/pledges/create-pledge";

// The database goes away in the middle of signing and comes back. A PostgreSQL server of this
// test's own (not the shared test server) is stopped and started again on the same port while
// four submitters keep signing. Every pledge acknowledged to its signer must be stored exactly
// once, with its confirmation email queued; every refusal meanwhile must be "unavailable"
// (the "try again in a minute" answer); the app's pool must reconnect by itself.

const directory = path.join(os.tmpdir(), `solidarity-restart-${process.pid}-${randomBytes(4).toString("hex")}`);
const password = randomBytes(12).toString("base64url");
const originalUrl = process.env.DATABASE_URL;
let server: RunningDatabase;
let port: number;

async function forgetClient() {
  await dbClient.peek()?.$disconnect();
  dbClient.set(undefined);
}

beforeAll(async () => {
  port = await findFreePort();
  server = await startEmbeddedPostgres({ directory, password, persistent: true, port });
  const url = withDatabase(server.url, "postgres");
  await migrateDatabase(url);
  await forgetClient();
  process.env.DATABASE_URL = url;
}, 120_000);

afterAll(async () => {
  await forgetClient();
  process.env.DATABASE_URL = originalUrl;
  await server.stop();
  rmSync(directory, { recursive: true, force: true });
  rmSync(`${directory}.owner`, { force: true });
});

describe("a database restart while pledges are submitted", () => {
  it("loses no acknowledged pledge, duplicates none, answers 'unavailable' meanwhile and reconnects", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {}); // one "database unavailable" line per refusal
    const campaign = { ...(await currentTestCampaign()), status: "LIVE" as const, signingOpen: true, sensitiveCountries: ["BY"] };
    const acknowledged: string[] = [];
    const refusedCodes = new Set<string>();
    let refused = 0;
    let running = true;

    async function submitter() {
      while (running) {
        const email = `restart-${randomUUID()}@example.org`;
        try {
          await createPledge(campaign, pledgeInput({ email }), "en");
          acknowledged.push(email);
        } catch (error) {
          refused++;
          refusedCodes.add(errorCode(error).code);
          // Pace the retries of a signer who sees "try again": no tight loop while it is down.
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      }
    }
    const submitters = [submitter(), submitter(), submitter(), submitter()];
    // A cache that never trusts itself, so every read below goes to the database and the
    // fallback to the last numbers read is what answers while the database is down.
    const previousStatsCache = statsCache.peek();
    statsCache.set(new PublicStatsCache(() => campaign.slug, 0, 0));
    const statsBefore = await statsJson(new Request("http://localhost:3000/api/v1/stats.json"));
    expect(statsBefore.status).toBe(200);
    const numbersBefore = await statsBefore.text();

    await vi.waitFor(() => expect(acknowledged.length).toBeGreaterThanOrEqual(20), { timeout: 30_000, interval: 20 });
    await server.stop();
    const acknowledgedBeforeRestart = acknowledged.length;
    await vi.waitFor(() => expect(refused).toBeGreaterThanOrEqual(10), { timeout: 30_000, interval: 20 });

    // Meanwhile the form says "try again in a minute" and readiness answers 503, without details.
    const state = await submitPledge(initialFormState(), formOf(`down-${randomUUID()}@example.org`));
    expect(state).toMatchObject({ status: "failed", formError: "unavailable" });
    await vi.waitFor(async () => expect((await ready()).status).toBe(503), { timeout: 10_000, interval: 100 });
    const notReady = await ready();
    expect(notReady.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect(await notReady.json()).toEqual({ status: "not_ready", error: { code: "unavailable" }, ready: false, database: "unreachable", migrations: "unknown" });
    // Journalists and embeds keep getting the last numbers read, with their own as-of time.
    const statsWhileDown = await statsJson(new Request("http://localhost:3000/api/v1/stats.json"));
    expect(statsWhileDown.status).toBe(200);
    expect(await statsWhileDown.text()).toBe(numbersBefore);
    expect(statsWhileDown.headers.get("Last-Modified")).toBe(statsBefore.headers.get("Last-Modified"));
    statsCache.set(previousStatsCache);

    server = await startEmbeddedPostgres({ directory, password, persistent: true, port });
    await vi.waitFor(() => expect(acknowledged.length).toBeGreaterThanOrEqual(acknowledgedBeforeRestart + 20), { timeout: 60_000, interval: 50 });
    running = false;
    await Promise.all(submitters);

    expect([...refusedCodes]).toEqual(["unavailable"]);
    const hashes = acknowledged.map((email) => emailLookupHash(email));
    const stored = await db().pledge.findMany({ where: { campaignId: campaign.id, emailHash: { in: hashes } }, select: { id: true, emailHash: true } });
    expect(stored).toHaveLength(acknowledged.length);
    expect(new Set(stored.map((pledge) => pledge.emailHash)).size).toBe(acknowledged.length);
    const jobs = new Set((await queuedJobs()).map((job) => (job.payload as { pledgeId: string }).pledgeId));
    expect(stored.filter((pledge) => !jobs.has(pledge.id))).toEqual([]);
    await vi.waitFor(async () => expect((await ready()).status).toBe(200), { timeout: 10_000, interval: 100 });
  }, 180_000);
});

function formOf(email: string): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries({ name: "Anna Kowalska", email, country: "PL", consentProcessing: "on", locale: "en" })) form.set(key, value);
  return form;
}
