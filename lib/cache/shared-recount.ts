import "server-only";

export interface Recounted<T> {
  value: T;
  /** When `value` was counted (pages say how old their numbers are). */
  countedAt: Date;
}

interface Entry<T> {
  latest?: Recounted<T>;
  recounting?: Promise<Recounted<T>>;
}

/**
 * Expensive numbers that many organisers look at, counted at most once per `freshMs` per
 * instance and key. Between `freshMs` and `staleMs` the previous answer is served while one
 * recount runs in the background; older answers are never served: the caller waits for the
 * recount.
 * (docs/decisions/0025-dashboard-numbers-counted-every-few-seconds.md)
 */
export function sharedRecount<T>(name: string, options: { freshMs: number; staleMs: number }) {
  const entries = new Map<string, Entry<T>>();

  function read(key: string, count: (countedAt: Date) => Promise<T>, now = Date.now()): Promise<Recounted<T>> {
    const entry = entries.get(key) ?? {};
    entries.set(key, entry);
    const recount = () =>
      (entry.recounting ??= (async () => {
        const countedAt = new Date();
        const counted = { value: await count(countedAt), countedAt };
        entry.latest = counted;
        return counted;
      })().finally(() => {
        entry.recounting = undefined;
      }));
    const age = entry.latest ? now - entry.latest.countedAt.getTime() : Infinity;
    if (!entry.latest || age >= options.staleMs) return recount();
    if (age >= options.freshMs) {
      recount().catch((error: unknown) => console.warn(`[${name}] background recount failed: ${error instanceof Error ? error.message : String(error)}`));
    }
    return Promise.resolve(entry.latest);
  }

  return { read };
}
