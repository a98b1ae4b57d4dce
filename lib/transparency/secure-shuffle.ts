import { randomInt } from "node:crypto";

/** Fisher–Yates with the CSPRNG: a batch's order must not tell who confirmed first. */
export function secureShuffle<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(0, i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
