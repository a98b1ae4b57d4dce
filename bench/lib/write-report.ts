import { POW_MAX_NUMBER_BENCH } from "./bench-environment";
import type { LoadResult } from "./load-test";
import type { PledgeRun } from "./pledge-load";
import { kb, latencies, ms, num, ratio, section, table, verdict } from "./report-format";
import type { BenchResults } from "./results";
import { checkTargets } from "./targets";

// bench/results/latest.md: the targets first, then one section per measurement.

const loadRow = (label: string, load: LoadResult, baselineRps?: number) => [
  label,
  num(load.rps),
  latencies(load.latencyMs),
  kb(load.bytesPerResponse),
  baselineRps ? ratio(load.rps, baselineRps) : "",
  `${load.non2xx + load.errors + load.timeouts}`,
];

export function renderReport(results: BenchResults): string {
  const m = results.machine;
  const out: string[] = [
    `# Bench results (${results.startedAt.slice(0, 16).replace("T", " ")} UTC)`,
    "",
    `\`npm run bench\`: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}; ${Math.round(results.seconds / 60)} min. ` +
      `Load average at start ${m.loadAverageStart.map((v) => v.toFixed(1)).join(" / ")}, at end ${m.loadAverageEnd.map((v) => v.toFixed(1)).join(" / ")} ` +
      `(other work on the machine competes with the server, PostgreSQL and the load generator for the same cores). ` +
      `Latencies are p50 / p95 / p99. How to read and rerun: docs/PERFORMANCE.md.`,
    "",
    "## Targets (issues #8, #12 and #14; each row names its issue when it is not #8)",
    "",
    table(
      ["target", "measured", "result"],
      checkTargets(results).map((check) => [check.target, check.measured, check.pass === null ? "not measured" : verdict(check.pass)]),
    ),
    "",
  ];
  const b = results.baselines;
  out.push(
    section("1. Pledge submissions (POST /api/pledges as the form's JavaScript sends it; the server action without JavaScript)", results.pledges, (p) => {
      const run = (label: string, r: PledgeRun) => [r.exhausted ? `${label} (all prepared submissions used)` : label, num(r.pledgesPerSecond), num(r.rps), latencies(r.latencyMs), `${r.stored}`, `${r.held}`, `${r.non2xx + r.errors + r.timeouts}`];
      const rows = p.steps.map((s) => run(`${s.connections} connections`, s));
      const e = p.atEightyPercent;
      rows.push(run(`80% of max, open loop (${num(Math.floor(p.maxPledgesPerSecond * 0.8))}/s offered)`, e));
      const n = p.noJavaScript;
      rows.push(run(`without JavaScript (full page back), ${n.connections} conn.`, n));
      if (b.pg.ok) rows.push([`B_pg: INSERT via pg, pool ${b.pg.value.poolSize}, ${b.pg.value.concurrency} callers`, num(b.pg.value.insertsPerSecond), "", latencies(b.pg.value.latencyMs), "", "", ""]);
      if (b.node.ok) rows.push([`B_node: node:http + INSERT, ${b.node.value.connections} conn.`, num(b.node.value.rps), num(b.node.value.rps), latencies(b.node.value.latencyMs), "", "", `${b.node.value.non2xx + b.node.value.errors}`]);
      const ratios = [b.pg.ok ? `${ratio(p.maxPledgesPerSecond, b.pg.value.insertsPerSecond)} B_pg` : "", b.node.ok ? `${ratio(p.maxPledgesPerSecond, b.node.value.rps)} B_node` : ""].filter(Boolean).join(", ");
      return `${table(["load", "pledges/s counted", "answers/s", "latency", "rows stored", "held for review", "errors"], rows)}\n\nMax sustained: **${num(p.maxPledgesPerSecond)} pledges/s** at ${p.bestConnections} connections (${ratios}). "Stored" counts rows in the database after each run; "held" those the abuse checks held for review (reviewReason set), which never count and are left out of pledges/s. Every submission carries a solved proof of work (POW_MAX_NUMBER ${POW_MAX_NUMBER_BENCH} on the bench server) and its own /24 network.`;
    }),
    section("1b. Surge arithmetic: 2,000 people in a minute and a bot on one network (issue #12)", results.surge, (surge) => {
      const rows = [surge.people, surge.solvingBot, surge.prooflessBot].map((group) => [
        group.label,
        `${group.pledges}`,
        `${group.answered}`,
        `${group.counted} (${num((100 * group.counted) / Math.max(1, group.answered), 1)} % of answered)`,
        `${group.held}`,
        Number.isFinite(group.workPerCounted) ? num(group.workPerCounted, 2) : "∞",
      ]);
      return `${table(["who", "pledges", "answered 2xx", "counted once confirmed", "held for review", "work per counted pledge (base challenges)"], rows)}\n\nSigned in ${num(surge.seconds)} s through GET /api/pow/challenge and POST /api/pledges (a 503 is tried again, up to three times, as a person would press again), every stored pledge confirmed through confirmPledge. A solving bot pays **${Number.isFinite(surge.botCostRatio) ? `${num(surge.botCostRatio, 1)}×` : "∞"}** a person's work per counted pledge; a bot sending no proof gets at most its network's hourly allowance of proofless pledges counted (ADR 0029).`;
    }),
    section("2. Confirmations and counting", results.countLag, (c) =>
      table(
        ["what", "value"],
        [
          ["confirmations (lib/pledges/confirm-pledge)", `${num(c.confirmations.achievedPerSecond)}/s of ${c.ratePerSecond}/s asked, ${c.confirmations.failures} failed, latency ${latencies(c.confirmations.confirmLatencyMs)}`],
          ["lag commit → TallyState (aggregator)", latencies(c.tallyStateLagMs)],
          [`lag commit → ${c.countUrl} (includes its cache)`, latencies(c.publicUrlLagMs)],
        ],
      ),
    ),
    section("3. Public reads", results.reads, (r) => {
      const rows = Object.entries(r.endpoints).map(([path, load]) => loadRow(path, load, r.staticAsset.load.rps));
      rows.push(loadRow(`B_static: ${r.staticAsset.path} (${kb(r.staticAsset.bytes)})`, r.staticAsset.load));
      return `${table(["endpoint", "req/s", "latency", "body", "vs B_static", "errors"], rows)}\n\nDatabase transactions per 5 s cache period while ${r.numbersPath} was under load: **${num(r.dbTransactionsPerCachePeriod, 1)}** (idle background subtracted).`;
    }),
    section("4. Live fan-out (/api/live)", results.live, (l) =>
      table(
        ["what", "value"],
        [
          ["clients connected", `${num(l.clientsConnected)} of ${num(l.clientsRequested)} in ${l.connectSeconds.toFixed(1)} s (open-file limit ${l.fileLimit})`],
          ["delivery commit → client", `${latencies(l.deliveryMs)} (max ${ms(l.deliveryMs.max)}, ${num(l.deliveryMs.count)} commit×client deliveries, ${l.undelivered} undelivered)`],
          ["server RSS", `${num(l.rssBeforeMb)} MB before, ${num(l.rssWithClientsMb)} MB with clients: ${num(l.rssPerThousandClientsMb, 1)} MB per 1,000 clients`],
          ["pledges/s without clients", `${num(l.pledgesWithout.pledgesPerSecond)} (p99 ${ms(l.pledgesWithout.latencyMs.p99)})`],
          ["pledges/s with clients", `${num(l.pledgesWith.pledgesPerSecond)} (p99 ${ms(l.pledgesWith.latencyMs.p99)}): ${ratio(l.pledgesWith.pledgesPerSecond, l.pledgesWithout.pledgesPerSecond)}`],
        ],
      ),
    ),
    section("5. Data scale", results.scale, (s) => {
      const rows = Object.entries(s.endpoints).map(([path, load]) => loadRow(path, load));
      rows.push(loadRow("/admin (organiser dashboard, signed in)", s.dashboard));
      const wall = `\n\nMessage wall, first page (EXPLAIN ANALYZE): **${s.wallQueryMs.withIndex.toFixed(1)} ms** with its order index, ${s.wallQueryMs.withoutIndex.toFixed(1)} ms without it.`;
      return `${num(s.pledges)} confirmed pledges seeded in ${s.seedSeconds.toFixed(0)} s (tally trigger off); tally rebuild (lib/stats/rebuild-tallies.ts): **${s.rebuildSeconds.toFixed(1)} s** → total ${num(s.rebuiltTotal)}.\n\n${table(["endpoint", "req/s", "latency", "body", "", "errors"], rows)}${wall}`;
    }),
  );
  if (results.transparencyLog) {
    out.push(
      section("5b. Transparency log (issue #16)", results.transparencyLog, (t) =>
        [
          `${num(t.leaves)} leaves, built in ${t.buildSeconds.toFixed(0)} s through the aggregator's append (batches of 50,000).`,
          "",
          table(
            ["what", "figure"],
            [
              [`one tick appending ${t.tickLeaves} leaves to the full log (median of 20)`, ms(t.appendTickMs)],
              ["inclusion proof, p50 / p95 / p99 (500 random leaves)", latencies(t.inclusionMs)],
              ["consistency proof, p50 / p95 / p99 (500 random sizes)", latencies(t.consistencyMs)],
              ["verifier: every leaf replayed, roots and counts checked (in process)", `${t.verifierSeconds.toFixed(1)} s, ${t.verifierProblems} problems`],
            ],
          ),
          "",
          "Confirmation itself is unchanged but for one more column in its UPDATE (the receipt secret): leaves are appended by the aggregator, off the request.",
        ].join("\n"),
      ),
    );
  }
  const weights = [results.pageWeight.home, results.pageWeight.map, b.next].map((outcome, i) => ({ outcome, label: ["home (/en)", "map (/en/map)", "B_next (bare Next page)"][i]! }));
  const baseJs = b.next.ok ? b.next.value.js.gzip : 0;
  out.push(
    "## 6. Page weight (first load; gzip as served, brotli as a CDN would)\n",
    table(
      ["page", "JS files", "JS raw / gzip / br", "vs B_next (gzip)", "all bytes gzip / br", "MapLibre loaded", "LCP", "CLS"],
      weights.map(({ outcome, label }) =>
        outcome.ok
          ? [
              label,
              `${outcome.value.js.files}`,
              `${kb(outcome.value.js.raw)} / ${kb(outcome.value.js.gzip)} / ${kb(outcome.value.js.brotli)}`,
              ratio(outcome.value.js.gzip, baseJs),
              `${kb(outcome.value.totalBytes.gzip)} / ${kb(outcome.value.totalBytes.brotli)}`,
              outcome.value.browser ? (outcome.value.loadsMapLibrary ? "yes" : "no") : `first load: ${outcome.value.firstLoadHasMapLibrary ? "yes" : "no"}`,
              outcome.value.browser?.lcpMs ? ms(outcome.value.browser.lcpMs) : "–",
              outcome.value.browser?.cls !== null && outcome.value.browser ? outcome.value.browser.cls!.toFixed(3) : "–",
            ]
          : [label, `not measured: ${outcome.error}`, "", "", "", "", "", ""],
      ),
    ),
    "",
    "LCP and CLS here come from Chromium's own PerformanceObserver on loopback (no network throttling), so they show regressions, not field values; section 7 has Lighthouse's throttled lab figures.",
    "",
    section("7. Lighthouse, mobile (simulated slow 4G and 4× slower CPU, on loopback)", results.lighthouse, (l) =>
      `${table(
        ["page", "performance (median)", "every run", "accessibility", "best practices", "SEO", "total blocking time", "LCP", "transferred"],
        l.pages.map((page) => [
          page.path,
          `${page.scores.performance}`,
          // Older result files have no per-run scores.
          page.performanceRuns?.join(", ") ?? "",
          `${page.scores.accessibility}`,
          `${page.scores["best-practices"]}`,
          `${page.scores.seo}`,
          ms(page.totalBlockingTimeMs),
          ms(page.largestContentfulPaintMs),
          kb(page.transferBytes),
        ]),
      )}\n\n${l.runsPerPage} run(s) per page; the other columns come from the run with the median performance score (\`--lighthouse-runs=<n>\`, 5 unless told). Lighthouse scales its CPU figures from this machine's own timings: a busy machine lowers the score.`,
    ),
  );
  return out.join("\n");
}
