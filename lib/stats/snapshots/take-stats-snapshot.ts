import "server-only";
import { db } from "@/lib/db/client";
import { composePublicStats } from "../public-stats";
import { readLedger } from "../read-ledger";
import { readPublicTallies } from "../read-public-tallies";
import { canonicalJson, sha256Hex } from "./canonical-json";
import { snapshotContent } from "./snapshot-content";

/**
 * "Cite this" is open to anyone, so it is rate limited simply: within this window every press
 * returns the newest citation instead of writing another row. Nobody is refused, and the table
 * grows by at most one citation per window however hard the button is pressed.
 */
export const CITE_COALESCE_MS = 10_000;

export type SnapshotTrigger = "manual" | "hourly";

/**
 * Freezes the campaign's public figures, read fresh (not from any cache), as canonical JSON with
 * its SHA-256. The row can never change afterwards (a trigger refuses UPDATE and DELETE).
 */
export async function takeStatsSnapshot(slug: string, trigger: SnapshotTrigger, now = new Date()): Promise<{ id: string; reused: boolean }> {
  const tallies = await readPublicTallies(slug);
  if (trigger === "manual") {
    const recent = await db().statsSnapshot.findFirst({
      where: { campaignId: tallies.campaignId, trigger: "MANUAL", takenAt: { gt: new Date(now.getTime() - CITE_COALESCE_MS) } },
      orderBy: { takenAt: "desc" },
      select: { id: true },
    });
    if (recent) return { id: recent.id, reused: true };
  }
  const stats = composePublicStats(tallies, await readLedger(tallies.campaignId), now);
  const text = canonicalJson(snapshotContent(stats, now, trigger));
  const row = await db().statsSnapshot.create({
    data: { campaignId: tallies.campaignId, trigger: trigger === "manual" ? "MANUAL" : "HOURLY", takenAt: now, canonicalJson: text, sha256: sha256Hex(text) },
    select: { id: true },
  });
  return { id: row.id, reused: false };
}
