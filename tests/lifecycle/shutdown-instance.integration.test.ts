import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { GET as live } from "@/app/api/live/route";
import { dbClient } from "@/lib/db/client";
import { startJobWorker } from "@/lib/jobs/start-job-worker";
import { inspectLiveHub } from "@/lib/live/live-hub";
import { EventLog, readStream } from "@/tests/support/live-stream";
import { startAggregator } from "@/lib/stats/start-aggregator";
import { currentTestCampaign } from "@/tests/factories/campaign";
import { dropDatabase, recreateDatabase } from "@/tests/setup/template-database";
import { closeDatabasePool, holdExitUntil, shutdownInstance } from "@/lib/lifecycle/shutdown-instance";

// SIGTERM on a busy instance: a browser following /api/live, the job worker, the aggregator
// and the database pool all running. After shutdownInstance() the browser has been told to
// reconnect and its stream has ended, and this process holds no connection to PostgreSQL.
// It runs on a fresh database of its own: the real job worker must not pick up (and fail)
// jobs other test files left in the worker's shared database.

const serverUrl = process.env.TEST_SERVER_URL!;
const database = `sp_shutdown_${inject("runId")}_${process.pid}`;
const originalUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  await dbClient.peek()?.$disconnect();
  dbClient.set(undefined);
  process.env.DATABASE_URL = await recreateDatabase(serverUrl, database, inject("templateDatabase"));
});

afterAll(async () => {
  await dbClient.peek()?.$disconnect();
  dbClient.set(undefined);
  process.env.DATABASE_URL = originalUrl;
  await dropDatabase(serverUrl, database);
});

async function ourConnections(): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
}

describe("shutdownInstance", () => {
  it("tells live clients to reconnect, stops the worker, the aggregator and LISTEN, and closes the pool", async () => {
    await currentTestCampaign();
    await startJobWorker();
    startAggregator(50);
    const response = await live(new Request("http://localhost/api/live"));
    const log = new EventLog();
    const ended = readStream(response.body!, log);
    await log.waitFor((event) => event.event === "tally");
    expect(inspectLiveHub()).toMatchObject({ subscribers: 1, listening: true });
    await vi.waitFor(async () => expect(await ourConnections()).toBeGreaterThan(0));

    await shutdownInstance();
    await closeDatabasePool();

    expect(log.events.at(-1)).toMatchObject({ event: "reconnect" });
    await ended;
    expect(inspectLiveHub()).toEqual({ subscribers: 0, campaigns: 0, listening: false, timers: 0 });
    await vi.waitFor(async () => expect(await ourConnections()).toBe(0), { timeout: 10_000, interval: 100 });
  });
});

describe("holdExitUntil", () => {
  it("makes an exit wait for the shutdown, closes the pool last, then exits with the code asked for", async () => {
    const steps: string[] = [];
    const exit = vi.fn(() => steps.push("exit"));
    const target = { exit } as unknown as { exit: (code?: number) => never };
    let finish!: () => void;
    const work = new Promise<void>((resolve) => (finish = resolve)).then(() => steps.push("background stopped"));
    holdExitUntil(work, { target, deadlineMs: 60_000, beforeExit: async () => void steps.push("pool closed") });
    target.exit(143);
    await new Promise((resolve) => setImmediate(resolve));
    expect(steps).toEqual([]);
    finish();
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(143));
    expect(steps).toEqual(["background stopped", "pool closed", "exit"]);
  });

  it("exits at the deadline if the shutdown hangs", async () => {
    const exit = vi.fn();
    const target = { exit } as unknown as { exit: (code?: number) => never };
    holdExitUntil(new Promise(() => {}), { target, deadlineMs: 50 });
    target.exit(143);
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(143), { timeout: 2_000 });
  });
});
