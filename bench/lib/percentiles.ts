// Summary statistics the results table prints. Nearest-rank percentiles: with few samples they
// report an observed value rather than an interpolated one.

export interface Distribution {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function distribution(samples: readonly number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
}

export function median(samples: readonly number[]): number {
  return percentile([...samples].sort((a, b) => a - b), 50);
}

/**
 * Millisecond histogram for millions of samples (5,000 live clients × every commit) without
 * keeping each one: 1 ms buckets up to `maxMs`, everything above in the last.
 */
export class LatencyHistogram {
  private readonly buckets: Uint32Array;
  count = 0;
  maxSeen = 0;

  constructor(private readonly maxMs = 60_000) {
    this.buckets = new Uint32Array(maxMs + 1);
  }

  add(ms: number): void {
    const bucket = Math.min(this.maxMs, Math.max(0, Math.round(ms)));
    this.buckets[bucket]! += 1;
    this.count += 1;
    if (ms > this.maxSeen) this.maxSeen = ms;
  }

  percentile(p: number): number {
    if (this.count === 0) return NaN;
    const target = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let ms = 0; ms < this.buckets.length; ms += 1) {
      seen += this.buckets[ms]!;
      if (seen >= target) return ms;
    }
    return this.maxMs;
  }

  summary(): Distribution {
    return { count: this.count, p50: this.percentile(50), p95: this.percentile(95), p99: this.percentile(99), max: this.maxSeen };
  }
}
