import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { stopChild } from "@/scripts/lib/processes";
import { benchPort } from "../lib/bench-ports";
import { runLoad, type LoadResult } from "../lib/load-test";
import { multipartBody } from "../lib/multipart";
import type { BenchEnvironment } from "../lib/bench-environment";

// B_node: a bare node:http server (bench/baseline-node/server.ts, its own process like the app's)
// doing the same INSERT per POST, under the same load tool, with a body of the pledge form's
// size. What any Node web stack could reach here; the app's pledge rate is judged against it.

export async function measureBaselineNode(env: BenchEnvironment, options: { connections: number; durationSeconds: number }): Promise<LoadResult> {
  const port = await benchPort();
  const script = path.join(import.meta.dirname, "..", "baseline-node", "server.ts");
  const child = spawn(process.execPath, ["--import", "tsx", script, String(port), env.database.url, env.campaignId, env.env.DATABASE_POOL_SIZE ?? "10"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    await once(child.stdout!, "data");
    const { body, contentType } = multipartBody({ name: "Bench Supporter", email: "bench@example.org", country: "DE", consentProcessing: "on" });
    return await runLoad({
      url: `http://127.0.0.1:${port}/pledge`,
      method: "POST",
      connections: options.connections,
      durationSeconds: options.durationSeconds,
      headers: { "content-type": contentType },
      nextRequest: () => ({ body }),
    });
  } finally {
    await stopChild(child, 5_000);
  }
}
