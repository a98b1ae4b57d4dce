import { confirmPledge } from "@/lib/pledges/confirm-pledge";
import { distribution } from "./percentiles";

// Confirms pledges at a set rate through lib/pledges/confirm-pledge (what the confirmation
// link's POST runs), a few at a time, and timestamps each commit (when confirmPledge returned).

export interface Commit {
  /** Date.now() when the confirmation had committed. */
  at: number;
  /** This commit was the n-th to complete in the run (1-based). */
  n: number;
}

export interface ConfirmationRun {
  commits: Commit[];
  achievedPerSecond: number;
  confirmLatencyMs: ReturnType<typeof distribution>;
  failures: number;
}

export async function runPacedConfirmations(tokens: string[], ratePerSecond: number, onCommit?: (commit: Commit) => void): Promise<ConfirmationRun> {
  const commits: Commit[] = [];
  const latencies: number[] = [];
  const inFlight = new Set<Promise<void>>();
  let failures = 0;
  const startedAt = Date.now();
  // Bounded in time as well: a database that cannot keep up ends the run on schedule, and the
  // achieved rate says so, instead of stretching the run to fit every token.
  const endsAt = startedAt + (tokens.length * 1000) / ratePerSecond;
  for (let i = 0; i < tokens.length && Date.now() < endsAt; i += 1) {
    const dueAt = startedAt + (i * 1000) / ratePerSecond;
    if (dueAt > Date.now()) await new Promise((resolve) => setTimeout(resolve, dueAt - Date.now()));
    // Bounded: a slow database makes the run late, never an unbounded pile of requests.
    while (inFlight.size >= 32) await Promise.race(inFlight);
    const sent = performance.now();
    const work = confirmPledge(tokens[i]!)
      .then((outcome) => {
        if (outcome !== "confirmed") failures += 1;
        latencies.push(performance.now() - sent);
        const commit = { at: Date.now(), n: commits.length + 1 };
        commits.push(commit);
        onCommit?.(commit);
      })
      .catch(() => {
        failures += 1;
      })
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  }
  await Promise.all(inFlight);
  const elapsed = (Date.now() - startedAt) / 1000;
  return { commits, achievedPerSecond: commits.length / elapsed, confirmLatencyMs: distribution(latencies), failures };
}
