// The server the end-to-end tests run against (started by Playwright's webServer): the
// production build on a fresh database of its own, with throwaway keys. It never touches
// .data/ or your .env, so the tests cannot depend on (or damage) development data.
// Two instances share that database, as in production behind a load balancer: the specs use
// the first (E2E_PORT); e2e/live-two-instances.spec.ts also talks to the second (E2E_PORT + 1).
import exitHook from "async-exit-hook";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { seedDemoOrganiser } from "@/lib/auth/seed-demo-organiser";
import { stopBeforeDatabase } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate-database";
import { withDatabase } from "@/lib/db/resolve-database";
import { seed } from "@/prisma/seed";
import { startTestDatabaseServer } from "@/tests/setup/test-database-server";
import { dropDatabase, recreateDatabase } from "@/tests/setup/template-database";
import { buildIsCurrent, recordBuild, sourceFingerprint } from "./lib/build-fingerprint";
import { publishE2eDatabaseUrl } from "./lib/e2e-database-file";
import { nextCli, productionServerArgs, run, stopChild } from "./lib/processes";
import { onAncestorExit } from "./lib/watch-ancestors";

const port = Number(process.env.E2E_PORT ?? 3100);
const secondPort = Number(process.env.E2E_SECOND_PORT ?? port + 1);
const log = (line: string) => console.log(`[e2e-server] ${line}`);

async function main() {
  const server = await startTestDatabaseServer();
  const databaseName = `sp_e2e_${process.pid}`;
  const running: { web: ChildProcess[] } = { web: [] };
  let cleaningUp: Promise<unknown> | undefined;
  const stopWebAndDropDatabase = () =>
    (cleaningUp ??= Promise.all(running.web.map((child) => stopChild(child)))
      .then(() => dropDatabase(server.url, databaseName))
      .catch(() => {}));
  stopBeforeDatabase(stopWebAndDropDatabase);
  exitHook((done) => void stopWebAndDropDatabase().then(() => server.stop()).finally(done));
  onAncestorExit(() => process.kill(process.pid, "SIGTERM"), 1);

  const databaseUrl = await recreateDatabase(server.url, databaseName);
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    HASH_KEY: randomBytes(32).toString("base64"),
    AUTH_SECRET: randomBytes(32).toString("base64"),
    LOG_SIGNING_KEY: randomBytes(32).toString("base64"),
    // Shared by both instances, as in production (docs/OPERATIONS.md): a server action's closure
    // encrypted by one instance must decrypt on the other, whichever build each one runs.
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    APP_URL: `http://127.0.0.1:${port}`,
    // A mirror and an onion service of the same site (e2e/mirror-origin.spec.ts): localhost is
    // another origin than 127.0.0.1 to the browser; the onion address is never dialled.
    APP_ALT_URLS: `http://localhost:${port}`,
    ONION_URL: `http://solidaritye2e${"a".repeat(43)}.onion`,
    CAMPAIGN_SLUG: "e2e-campaign",
    // The journeys confirm and withdraw through the development mailbox, as a local user would.
    DEV_MAILBOX: "1",
    SMTP_URL: "",
    NEXT_TELEMETRY_DISABLED: "1",
    // Specs name their browser's network in X-Forwarded-For, as a reverse proxy would
    // (e2e/support/network.ts), so journeys that sign are not held by the per-network limits.
    TRUSTED_PROXY_HOPS: "1",
    // Small enough for e2e/live-fallback.spec.ts to fill one network's places, far above what
    // any other spec's pages hold open at once.
    LIVE_CONNECTIONS_PER_NETWORK: "50",
    // e2e/webhooks.spec.ts registers a receiver on 127.0.0.1, which production refuses by default.
    WEBHOOK_ALLOW_PRIVATE_TARGETS: "1",
    // Public pages are served from the page cache as in production (ADR 0051), renewed every 2
    // seconds instead of 5: journeys that wait for a count on a page poll less long.
    PAGE_CACHE_SECONDS: "2",
  });
  await migrateDatabase(databaseUrl, { log: () => {} });
  await seed({ demo: false, log });
  // The admin journeys sign in as admin@example.org through the development mailbox.
  await seedDemoOrganiser();
  exitHook(publishE2eDatabaseUrl(port, databaseUrl));
  log(`database ready: ${withDatabase(server.url, databaseName).replace(/:[^:@/]+@/, ":***@")}`);

  if (!buildIsCurrent()) {
    log("building the app…");
    const fingerprint = sourceFingerprint();
    await run(process.execPath, [nextCli, "build"], { env: { ...process.env, NODE_ENV: "production" } });
    recordBuild(fingerprint);
  }
  // Both instances keep APP_URL pointing at the first: links in emails (sent by whichever
  // instance's worker takes the job) name the public site, not an instance.
  for (const instancePort of [port, secondPort]) {
    const web = spawn(process.execPath, productionServerArgs(instancePort, "127.0.0.1"), {
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    });
    web.on("exit", () => process.kill(process.pid, "SIGTERM"));
    running.web.push(web);
  }
}

main().catch((error: unknown) => {
  console.error(`[e2e-server] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
  process.kill(process.pid, "SIGTERM");
});
