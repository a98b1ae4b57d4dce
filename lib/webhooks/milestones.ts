// Which milestones of the published total a change crossed: 100, 250, 500, 1 000, 2 500, 5 000, …
// (the 1–2.5–5 steps of each power of ten from 100) and the campaign's goal. Client-safe, pure.

const STEPS = [1, 2.5, 5];
const FIRST = 100;

/** Milestones m with before < m ≤ after, smallest first. */
export function milestonesCrossed(before: number, after: number, goal: number | null): number[] {
  if (after <= before) return [];
  const found = new Set<number>();
  for (let power = FIRST; power <= after; power *= 10) {
    for (const step of STEPS) {
      const milestone = step * power;
      if (milestone > before && milestone <= after) found.add(milestone);
    }
  }
  if (goal !== null && goal > before && goal <= after) found.add(goal);
  return [...found].sort((a, b) => a - b);
}
