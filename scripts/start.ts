// `npm start` (production server) and `npm run dev` (next dev): database up, migrated and
// seeded, build if the sources changed, then serve. Ctrl-C (or SIGTERM) stops the web server
// and the embedded PostgreSQL cleanly.
import exitHook from "async-exit-hook";
import { spawn, type ChildProcess } from "node:child_process";
import { stopBeforeDatabase } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate-database";
import { prepareEnvironment } from "@/lib/local/prepare-environment";
import { seed } from "@/prisma/seed";
import { buildIsCurrent, recordBuild, sourceFingerprint } from "./lib/build-fingerprint";
import { listenHost, probeOrigin } from "./lib/listen-host";
import { nextCli, productionServerArgs, run, stopChild, waitForHttp } from "./lib/processes";
import { onAncestorExit } from "./lib/watch-ancestors";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const log = (line: string) => console.log(`[start] ${line}`);

async function main() {
  const database = await prepareEnvironment({ dev, log });
  // Emailed links and the same-origin checks use APP_URL: on another PORT, the default
  // (http://localhost:3000) would send supporters' confirmation links to the wrong server.
  if (!process.env.APP_URL?.trim()) process.env.APP_URL = `http://localhost:${port}`;
  const { embedded } = database;
  const running: { server?: ChildProcess; stopping?: boolean } = {};
  onAncestorExit(() => process.kill(process.pid, "SIGTERM"));
  // Web server first, database last, so in-flight requests can finish.
  const stopServer = () => {
    running.stopping = true;
    return running.server ? stopChild(running.server) : Promise.resolve();
  };
  stopBeforeDatabase(stopServer);
  exitHook((done) => void stopServer().then(() => database.stop()).finally(done));
  log(embedded ? "Using the embedded PostgreSQL under .data/postgres." : "Using DATABASE_URL.");
  if (embedded && !process.env.SMTP_URL?.trim()) {
    // The local demo has no mail server: emails go to http://localhost:PORT/dev/mailbox.
    if (!process.env.DEV_MAILBOX?.trim()) process.env.DEV_MAILBOX = "1";
    log(`No SMTP_URL: emails go to the development mailbox at http://localhost:${port}/dev/mailbox`);
  }

  const { applied } = await migrateDatabase(database.url, { log });
  log(applied.length ? `Applied ${applied.length} migration(s).` : "Database schema is up to date.");
  await seed({ demo: embedded, log });

  if (!dev && (process.env.FORCE_BUILD === "1" || !buildIsCurrent())) {
    log("Building the app (first run or sources changed)…");
    const fingerprint = sourceFingerprint();
    await run(process.execPath, [nextCli, "build"], { env: { ...process.env, NODE_ENV: "production" } });
    recordBuild(fingerprint);
  }

  // The embedded demo (its mailbox holds sign-in links) listens on 127.0.0.1 unless HOST is set.
  const host = listenHost(process.env.HOST, embedded);
  log(host ? `Listening on ${host}:${port}${host === "127.0.0.1" ? " (this machine only; set HOST to change it)" : ""}.` : `Listening on every interface, port ${port}.`);
  const server = spawn(process.execPath, dev ? [nextCli, "dev", "--port", String(port), ...(host ? ["--hostname", host] : [])] : productionServerArgs(port, host), {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NODE_ENV: dev ? "development" : "production" },
  });
  running.server = server;
  server.on("exit", (code) => {
    if (!running.stopping && code !== 0) {
      console.error(`[start] The web server stopped unexpectedly (exit code ${code}).`);
      process.exitCode = code ?? 1;
    }
    process.kill(process.pid, "SIGTERM"); // one path for every shutdown: the exit hooks
  });
  await waitForHttp(`${probeOrigin(host, port)}/api/health`, server);
  console.log(`\n  Solidarity Pledge is running at http://localhost:${port}  (Ctrl-C to stop)\n`);
}

main().catch((error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
  process.kill(process.pid, "SIGTERM");
});
