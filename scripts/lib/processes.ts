import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Path of the Next.js CLI of this project (no npx lookup, no network). */
export const nextCli = require.resolve("next/dist/bin/next");

/**
 * Node arguments that run the production web server: Next's request handler with the
 * public-page cache in front (scripts/serve-next.ts), in place of `next start`. Not under
 * `--conditions=react-server` (the scripts' own condition): Next loads React itself.
 */
export function productionServerArgs(port: number, hostname?: string): string[] {
  return ["--import", "tsx", require.resolve("../serve-next.ts"), "--port", String(port), ...(hostname ? ["--hostname", hostname] : [])];
}

/** Runs a command to completion; rejects with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${[command, ...args].join(" ")} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** Asks a child to stop (SIGTERM), then insists (SIGKILL) after `graceMs`. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Resolves once `url` answers HTTP (any status), or rejects when `child` exits first. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error("the server exited before it was ready");
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
