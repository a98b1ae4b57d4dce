import { rmSync } from "node:fs";
import path from "node:path";
import { nextCli, run } from "@/scripts/lib/processes";
import { startNextServer } from "../lib/app-server";
import { benchPort } from "../lib/bench-ports";
import { measurePageWeight, type PageWeight } from "./page-weight";

// B_next: bench/baseline-next (one page, one layout) built with this project's Next, served by
// `next start`, weighed like the app's pages. Its build output is removed afterwards.

export async function measureBaselineNext(): Promise<PageWeight> {
  const dir = path.join(import.meta.dirname, "..", "baseline-next");
  const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } as NodeJS.ProcessEnv;
  try {
    await run(process.execPath, [nextCli, "build", dir], { env, stdio: ["ignore", "ignore", "inherit"] });
    const server = await startNextServer({ dir, port: await benchPort(), env, readyPath: "/" });
    try {
      return await measurePageWeight(server.origin, "/");
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(path.join(dir, ".next"), { recursive: true, force: true });
    rmSync(path.join(dir, "next-env.d.ts"), { force: true });
  }
}
