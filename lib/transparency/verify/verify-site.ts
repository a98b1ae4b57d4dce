import type { Sha256 } from "../merkle/verify-proofs";
import { auditLog, type AuditResult } from "./audit-log";
import { compareFigures } from "./compare-figures";
import type { Fetch } from "./http-log-source";
import { httpLogSource } from "./http-log-source";

// The verifier's whole run against a site (scripts/verify-log.ts prints it; the tests call it
// against the route handlers). Client-safe.

interface SnapshotDocument {
  confirmed: number;
  countries: { code: string; count: number }[];
  logCheckpoint?: { treeSize: number; rootHash: string; issuedAt: string; signature: string; keyId: string } | null;
}

export interface SiteVerification {
  audit: AuditResult;
  /** Latest checkpoint against /api/v1/stats.json and countries.json: may lag by up to a minute. */
  liveDifferences: string[];
  snapshots: { id: string; problems: string[] }[];
  /** Everything that proves the log or a snapshot wrong (not the live lag). */
  problems: string[];
}

interface VerifyOptions {
  fetch?: Fetch;
  snapshots?: string[];
  publicKey?: string;
  /** Another public campaign than the site's default: its log, figures and snapshots (ADR 0054). */
  campaign?: string;
}

export async function verifySite(baseUrl: string, sha256: Sha256, options: VerifyOptions = {}): Promise<SiteVerification> {
  const source = httpLogSource(baseUrl, options.fetch, options.campaign);
  const openData = options.campaign ? `/api/v1/campaigns/${encodeURIComponent(options.campaign)}` : "/api/v1";
  const audit = await auditLog(source, sha256, { publicKey: options.publicKey });
  const problems = [...audit.problems];
  const latestCounts = audit.countsAt.at(-1);
  const [stats, countries] = await Promise.all([
    source.json<{ confirmed: number }>(`${openData}/stats.json`),
    source.json<{ countries: { code: string; count: number }[] }>(`${openData}/countries.json`),
  ]);
  const liveDifferences = latestCounts ? compareFigures(latestCounts, { total: stats.confirmed, countries: countries.countries }) : ["no checkpoint"];

  const snapshots = [];
  for (const id of options.snapshots ?? []) {
    const snapshot = await source.json<SnapshotDocument>(`${openData}/snapshots/${id}.json`);
    const snapshotProblems: string[] = [];
    const checkpoint = snapshot.logCheckpoint;
    const signed = checkpoint && audit.latest && audit.countsAt.find((counts) => counts.treeSize === checkpoint.treeSize);
    if (!checkpoint) snapshotProblems.push("carries no checkpoint");
    else if (!signed) snapshotProblems.push(`its checkpoint (size ${checkpoint.treeSize}) is not among the log's checkpoints`);
    else snapshotProblems.push(...compareFigures(signed, { total: snapshot.confirmed, countries: snapshot.countries }));
    snapshots.push({ id, problems: snapshotProblems });
    problems.push(...snapshotProblems.map((problem) => `snapshot ${id}: ${problem}`));
  }
  return { audit, liveDifferences, snapshots, problems };
}
