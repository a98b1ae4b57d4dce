// `npm run verify-log -- <site URL> [--campaign <slug>] [--snapshot <id>]… [--key <base64 public key>]`, or
// `npx tsx scripts/verify-log.ts …`: checks a Solidarity Pledge site's transparency log from the
// outside, with nothing but its public API (docs/API.md, docs/decisions/0046-…): every
// checkpoint's signature, consistency between successive checkpoints, every leaf replayed to each
// checkpoint's root, and the count per country compared with stats.json, countries.json and the
// given snapshots; of the site's default campaign, or of another public one with --campaign.
// Exit code 0 when nothing is wrong, 1 otherwise.
import { createHash } from "node:crypto";
import type { Sha256 } from "@/lib/transparency/merkle/verify-proofs";
import { verifySite } from "@/lib/transparency/verify/verify-site";

const sha256: Sha256 = async (data) => createHash("sha256").update(data).digest();

function parseArguments(argv: string[]) {
  const snapshots: string[] = [];
  let url: string | undefined;
  let publicKey: string | undefined;
  let campaign: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    if (argument === "--snapshot") snapshots.push(argv[++i] ?? "");
    else if (argument === "--key") publicKey = argv[++i];
    else if (argument === "--campaign") campaign = argv[++i];
    else url ??= argument;
  }
  if (!url || !/^https?:\/\//.test(url)) throw new Error("usage: npm run verify-log -- <https://site> [--campaign <slug>] [--snapshot <id>]… [--key <base64 Ed25519 public key>]");
  return { url, snapshots, publicKey, campaign };
}

try {
  const { url, snapshots, publicKey, campaign } = parseArguments(process.argv.slice(2));
  const started = performance.now();
  const result = await verifySite(url, sha256, { snapshots, publicKey, campaign });
  const { audit } = result;
  const latest = audit.countsAt.at(-1);
  console.log(`log ${audit.latest?.origin ?? "(none)"}, key ${audit.latest?.keyId ?? "-"}${publicKey ? " (pinned)" : " (as published: pin it with --key)"}`);
  console.log(`${audit.checkpoints} checkpoints: signatures and consistency checked`);
  console.log(`${audit.latest?.treeSize ?? 0} leaves replayed (${audit.tombstones} tombstones); root matches every checkpoint: ${audit.problems.length === 0 ? "yes" : "NO"}`);
  if (latest) console.log(`count at ${audit.latest?.issuedAt}: ${latest.total} — ${Object.entries(latest.byCountry).map(([code, count]) => `${code} ${count}`).join(", ")}`);
  console.log(
    result.liveDifferences.length === 0
      ? "stats.json and countries.json agree with the latest checkpoint"
      : `stats.json / countries.json differ from the latest checkpoint (normal while pledges arrive: checkpoints are signed once a minute):\n  ${result.liveDifferences.join("\n  ")}`,
  );
  for (const snapshot of result.snapshots) console.log(`snapshot ${snapshot.id}: ${snapshot.problems.length === 0 ? "matches its checkpoint" : snapshot.problems.join("; ")}`);
  for (const problem of result.problems) console.error(`PROBLEM: ${problem}`);
  console.log(`${result.problems.length === 0 ? "OK" : "FAILED"} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = result.problems.length === 0 ? 0 : 1;
} catch (error) {
  console.error(`verify-log: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
