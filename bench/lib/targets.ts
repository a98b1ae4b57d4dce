import { LIGHTHOUSE_PATHS } from "../measurements/lighthouse";
import { PUBLIC_PAGES } from "../measurements/public-reads";
import type { BenchResults } from "./results";

// The targets (#8), judged from the run's own numbers — never as timed tests.

export interface TargetCheck {
  target: string;
  measured: string;
  pass: boolean | null; // null: not measured in this run
}

const fmt = (value: number, unit = "", digits = 0) => `${value.toLocaleString("en", { maximumFractionDigits: digits })}${unit}`;

export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const add = (target: string, measured: string | undefined, pass: boolean | undefined) =>
    checks.push({ target, measured: measured ?? "not measured", pass: pass ?? null });
  const p = results.pledges.ok ? results.pledges.value : undefined;
  const bNode = results.baselines.node.ok ? results.baselines.node.value : undefined;
  add("Pledges ≥ 350/s sustained", p && fmt(p.maxPledgesPerSecond, "/s"), p && p.maxPledgesPerSecond >= 350);
  add("Pledge p99 ≤ 300 ms at 80% load", p && fmt(p.atEightyPercent.latencyMs.p99, " ms"), p && p.atEightyPercent.latencyMs.p99 <= 300);
  add(
    "Pledges ≥ 0.35 × B_node",
    p && bNode && `${(p.maxPledgesPerSecond / bNode.rps).toFixed(2)}× (${fmt(bNode.rps, "/s")})`,
    p && bNode && p.maxPledgesPerSecond >= 0.35 * bNode.rps,
  );
  const r = results.reads.ok ? results.reads.value : undefined;
  const numbers = r?.endpoints[r.numbersPath];
  add(
    `Public numbers (${r?.numbersPath ?? "stats.json"}) ≥ 0.8 × B_static`,
    r && numbers && `${(numbers.rps / r.staticAsset.load.rps).toFixed(2)}×`,
    r && numbers && numbers.rps >= 0.8 * r.staticAsset.load.rps,
  );
  // Issue #14: the reading path costs about what a static file costs.
  for (const pagePath of PUBLIC_PAGES) {
    const load = r?.endpoints[pagePath];
    add(`${pagePath} ≥ 0.5 × B_static (issue #14)`, r && load && `${(load.rps / r.staticAsset.load.rps).toFixed(2)}× (${fmt(load.rps, "/s")})`, r && load && load.rps >= 0.5 * r.staticAsset.load.rps);
    add(`p95 of ${pagePath} ≤ 50 ms under load (issue #14)`, load && fmt(load.latencyMs.p95, " ms"), load && load.latencyMs.p95 <= 50);
  }
  add("≤ 1 DB query per cache period per instance (public numbers)", r && fmt(r.dbTransactionsPerCachePeriod, "", 1), r && r.dbTransactionsPerCachePeriod <= 1);
  const l = results.live.ok ? results.live.value : undefined;
  add("5,000 live clients on one instance", l && fmt(l.clientsConnected), l && l.clientsConnected >= 5_000);
  add("Live delivery p95 ≤ 1.5 s", l && fmt(l.deliveryMs.p95, " ms"), l && l.deliveryMs.p95 <= 1_500);
  add(
    "Pledges with clients ≥ 0.8 × without",
    l && `${(l.pledgesWith.pledgesPerSecond / l.pledgesWithout.pledgesPerSecond).toFixed(2)}×`,
    l && l.pledgesWith.pledgesPerSecond >= 0.8 * l.pledgesWithout.pledgesPerSecond,
  );
  const s = results.scale.ok ? results.scale.value : undefined;
  for (const [path, load] of Object.entries(s?.endpoints ?? {})) {
    add(`p95 of ${path} ≤ 50 ms at ${fmt(s!.pledges)} pledges`, fmt(load.latencyMs.p95, " ms"), load.latencyMs.p95 <= 50);
  }
  if (!s) add("Public endpoints p95 ≤ 50 ms at 1,000,000 pledges", undefined, undefined);
  const home = results.pageWeight.home.ok ? results.pageWeight.home.value : undefined;
  const map = results.pageWeight.map.ok ? results.pageWeight.map.value : undefined;
  const bNext = results.baselines.next.ok ? results.baselines.next.value : undefined;
  add(
    "Home page JS (gzip) ≤ 1.25 × B_next",
    home && bNext && `${(home.js.gzip / bNext.js.gzip).toFixed(2)}×`,
    home && bNext && home.js.gzip <= 1.25 * bNext.js.gzip,
  );
  add(
    "Map library only on pages with a map",
    home && map && `home first load: ${home.loadsMapLibrary ? "yes" : "no"}; map page: ${map.loadsMapLibrary ? "yes" : "no"}`,
    home && map && !home.loadsMapLibrary && map.loadsMapLibrary,
  );
  // Issue #14: every public page ≥ 90 in mobile Lighthouse performance.
  const lighthouse = results.lighthouse.ok ? results.lighthouse.value : undefined;
  for (const pagePath of LIGHTHOUSE_PATHS) {
    const page = lighthouse?.pages.find((candidate) => candidate.path === pagePath);
    add(`Lighthouse mobile performance ≥ 90 on ${pagePath} (issue #14)`, page && `${page.scores.performance}`, page && page.scores.performance >= 90);
  }
  const surge = results.surge.ok ? results.surge.value : undefined;
  add(
    "Surge: every person's acknowledged, confirmed pledge counts (issue #12)",
    surge && `${surge.people.counted} of ${surge.people.answered} (${fmt((100 * surge.people.counted) / Math.max(1, surge.people.answered), " %", 1)}; ${surge.people.pledges - surge.people.answered} not acknowledged)`,
    surge && surge.people.answered > 0 && surge.people.counted === surge.people.answered,
  );
  add(
    "Surge: a solving bot's work per counted pledge ≥ 10 × a person's",
    surge && `${Number.isFinite(surge.botCostRatio) ? fmt(surge.botCostRatio, "×", 1) : "∞ (none counted)"}`,
    surge && surge.botCostRatio >= 10,
  );
  return checks;
}
