// One line per step, with the time since the bench started, so a slow step is easy to spot.
const startedAt = Date.now();

export function log(line: string): void {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1).padStart(6);
  console.log(`[bench ${seconds}s] ${line}`);
}
