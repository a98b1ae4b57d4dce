import type { BenchEnvironment } from "./bench-environment";
import { runLoad, type LoadResult } from "./load-test";
import type { PledgeForm } from "./pledge-form";
import { prepareSubmission, type PreparedSubmission, type SubmissionMode } from "./prepare-submission";

// One load run against the real pledge endpoint. Every request carries a distinct email (and
// network); all submissions are prepared before the clock starts. Success is counted in the
// database — a 200 that rendered an error is not a pledge.

export interface PledgeRun extends LoadResult {
  mode: SubmissionMode;
  /** Pledge rows the run stored, and per second. */
  stored: number;
  pledgesPerSecond: number;
}

export async function countPledges(env: BenchEnvironment): Promise<number> {
  const { rows } = await env.database.pool.query<{ n: string }>(`SELECT count(*) AS n FROM "Pledge" WHERE "campaignId" = $1`, [env.campaignId]);
  return Number(rows[0]!.n);
}

export async function runPledgeLoad(
  env: BenchEnvironment,
  form: PledgeForm,
  options: { mode: SubmissionMode; connections: number; durationSeconds: number; expectedRps: number; overallRate?: number },
): Promise<PledgeRun> {
  // Bounded: enough distinct submissions for twice the expected rate, never more than 40,000.
  const count = Math.min(40_000, Math.max(500, Math.ceil(options.expectedRps * options.durationSeconds * 2)));
  const prepared: PreparedSubmission[] = [];
  for (let i = 0; i < count; i += 1) prepared.push(await prepareSubmission(env.app.origin, form, options.mode));
  let next = 0;
  const before = await countPledges(env);
  const result = await runLoad({
    url: env.app.origin + form.pagePath,
    method: "POST",
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    overallRate: options.overallRate,
    // Past the prepared set the run sends a repeat, which stores nothing: the count stays honest.
    nextRequest: () => prepared[Math.min(next++, prepared.length - 1)]!,
  });
  const stored = (await countPledges(env)) - before;
  return { ...result, mode: options.mode, stored, pledgesPerSecond: stored / options.durationSeconds };
}
