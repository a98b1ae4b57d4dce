import type { BenchEnvironment } from "./bench-environment";
import { runLoad, type LoadResult } from "./load-test";
import type { PledgeForm } from "./pledge-form";
import { prepareSubmission, type PreparedSubmission, type SubmissionMode } from "./prepare-submission";

// One load run against the real pledge endpoint. Every request carries a distinct email (and
// network); all submissions are prepared before the clock starts. Success is counted in the
// database — a 200 that rendered an error is not a pledge, and neither is a pledge the abuse
// checks held for review (reviewReason set: it would never count).

export interface PledgeRun extends LoadResult {
  mode: SubmissionMode;
  /** Pledge rows the run stored, of them held for review (reviewReason set), and counted per second. */
  stored: number;
  held: number;
  pledgesPerSecond: number;
  /** Every prepared submission was sent: the server may have been able to take more. */
  exhausted: boolean;
}

export async function countPledges(env: BenchEnvironment): Promise<{ stored: number; held: number }> {
  const { rows } = await env.database.pool.query<{ stored: string; held: string }>(
    `SELECT count(*) AS stored, count("reviewReason") AS held FROM "Pledge" WHERE "campaignId" = $1`,
    [env.campaignId],
  );
  return { stored: Number(rows[0]!.stored), held: Number(rows[0]!.held) };
}

/** Prepares `count` submissions, a few at a time (each fetches and solves a challenge). */
async function prepareMany(env: BenchEnvironment, form: PledgeForm, mode: SubmissionMode, count: number): Promise<PreparedSubmission[]> {
  const prepared: PreparedSubmission[] = [];
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started += 1;
      prepared.push(await prepareSubmission(env.app.origin, form, mode));
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return prepared;
}

export async function runPledgeLoad(
  env: BenchEnvironment,
  form: PledgeForm,
  options: { mode: SubmissionMode; connections: number; durationSeconds: number; expectedRps: number; overallRate?: number },
): Promise<PledgeRun> {
  // Bounded: enough distinct submissions for 1.5 × the expected rate (each costs a challenge
  // fetched and solved), never more than 40,000. A run that uses them all says so (exhausted).
  const count = Math.min(40_000, Math.max(300, Math.ceil(options.expectedRps * options.durationSeconds * 1.5)));
  const prepared = await prepareMany(env, form, options.mode, count);
  let next = 0;
  const before = await countPledges(env);
  const result = await runLoad({
    // With JavaScript the form posts to the pledge route; without it, to the page (server action).
    url: env.app.origin + (options.mode === "js" ? "/api/pledges" : form.pagePath),
    method: "POST",
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    overallRate: options.overallRate,
    // Past the prepared set the run sends a repeat, which stores nothing: the count stays honest.
    nextRequest: () => prepared[Math.min(next++, prepared.length - 1)]!,
  });
  const after = await countPledges(env);
  const stored = after.stored - before.stored;
  const held = after.held - before.held;
  return { ...result, mode: options.mode, stored, held, pledgesPerSecond: (stored - held) / options.durationSeconds, exhausted: next >= prepared.length };
}
