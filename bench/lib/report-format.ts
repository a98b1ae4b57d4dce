import type { Distribution } from "./percentiles";
import type { Outcome } from "./results";

// Small formatting helpers for bench/results/latest.md.

export const ms = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : "–");
export const num = (value: number, digits = 0) => (Number.isFinite(value) ? value.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits }) : "–");
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
export const ratio = (value: number, baseline: number) => (baseline > 0 && Number.isFinite(value) ? `${(value / baseline).toFixed(2)}×` : "–");
export const latencies = (d: Distribution) => `${ms(d.p50)} / ${ms(d.p95)} / ${ms(d.p99)}`;
export const verdict = (pass: boolean) => (pass ? "**PASS**" : "**MISS**");

export function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

export function table(header: string[], rows: string[][]): string {
  return [row(header), row(header.map(() => "---")), ...rows.map(row)].join("\n");
}

/** The value of a measurement that ran, or a line saying why there is none. */
export function section<T>(title: string, outcome: Outcome<T>, render: (value: T) => string): string {
  return `## ${title}\n\n${outcome.ok ? render(outcome.value) : `Not measured: \`${outcome.error}\``}\n`;
}
