// The server the end-to-end tests run against (started by Playwright's webServer): the
// production build on a fresh database of its own, with throwaway keys. It never touches
// .data/ or your .env, so the tests cannot depend on (or damage) development data.
import exitHook from "async-exit-hook";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { migrateDatabase } from "@/lib/db/migrate-database";
import { withDatabase } from "@/lib/db/resolve-database";
import { seed } from "@/prisma/seed";
import { startTestDatabaseServer } from "@/tests/setup/test-database-server";
import { dropDatabase, recreateDatabase } from "@/tests/setup/template-database";
import { buildIsCurrent, recordBuild, sourceFingerprint } from "./lib/build-fingerprint";
import { nextCli, run, stopChild } from "./lib/processes";
import { onAncestorExit } from "./lib/watch-ancestors";

const port = Number(process.env.E2E_PORT ?? 3100);
const log = (line: string) => console.log(`[e2e-server] ${line}`);

async function main() {
  const server = await startTestDatabaseServer();
  const databaseName = `sp_e2e_${process.pid}`;
  const running: { web?: ChildProcess } = {};
  exitHook((done) => {
    const stopWeb = running.web ? stopChild(running.web) : Promise.resolve();
    void stopWeb
      .then(() => dropDatabase(server.url, databaseName))
      .catch(() => {})
      .then(() => server.stop())
      .finally(done);
  });
  onAncestorExit(() => process.kill(process.pid, "SIGTERM"), 1);

  const databaseUrl = await recreateDatabase(server.url, databaseName);
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    HASH_KEY: randomBytes(32).toString("base64"),
    AUTH_SECRET: randomBytes(32).toString("base64"),
    APP_URL: `http://127.0.0.1:${port}`,
    CAMPAIGN_SLUG: "e2e-campaign",
    // The journeys confirm and withdraw through the development mailbox, as a local user would.
    DEV_MAILBOX: "1",
    SMTP_URL: "",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  await migrateDatabase(databaseUrl, { log: () => {} });
  await seed({ demo: false, log });
  log(`database ready: ${withDatabase(server.url, databaseName).replace(/:[^:@/]+@/, ":***@")}`);

  if (!buildIsCurrent()) {
    log("building the app…");
    const fingerprint = sourceFingerprint();
    await run(process.execPath, [nextCli, "build"], { env: { ...process.env, NODE_ENV: "production" } });
    recordBuild(fingerprint);
  }
  running.web = spawn(process.execPath, [nextCli, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  running.web.on("exit", () => process.kill(process.pid, "SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(`[e2e-server] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
  process.kill(process.pid, "SIGTERM");
});
