import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { readWithLogCheckpoint, type SnapshotCheckpoint } from "@/lib/transparency/checkpoint-for-snapshot";
import { composePublicStats } from "../public-stats";
import { readLedger } from "../read-ledger";
import { readPublicTallies, type PublicTallies } from "../read-public-tallies";
import { canonicalJson, sha256Hex } from "./canonical-json";
import { snapshotContent } from "./snapshot-content";

/**
 * "Cite this" is open to anyone, so it is rate limited simply: within this window every press
 * returns the newest citation instead of writing another row. Nobody is refused, and the table
 * grows by at most one citation per window however hard (and however concurrently) the button
 * is pressed.
 */
export const CITE_COALESCE_MS = 10_000;

export type SnapshotTrigger = "manual" | "hourly";

/**
 * Freezes the campaign's public figures, read fresh (not from any cache), as canonical JSON with
 * its SHA-256. The row can never change afterwards (a trigger refuses UPDATE and DELETE).
 */
export async function takeStatsSnapshot(slug: string, trigger: SnapshotTrigger, now = new Date()): Promise<{ id: string; reused: boolean }> {
  // The figures and the transparency log's checkpoint from one moment (docs/decisions/0046-…).
  const { value: tallies, checkpoint } = await readWithLogCheckpoint(slug, () => readPublicTallies(slug), now);
  if (trigger === "hourly") return { id: await storeSnapshot(db(), tallies, checkpoint, trigger, now), reused: false };
  // Presses arriving together on this instance share one citation (and one pooled connection:
  // an anonymous button must not be able to fill the pool that pledges need).
  const pending = citing.get(tallies.campaignId);
  if (pending) return { id: (await pending).id, reused: true };
  const cite = citeOnce(tallies, checkpoint, now).finally(() => citing.delete(tallies.campaignId));
  citing.set(tallies.campaignId, cite);
  return cite;
}

const citing = new Map<string, Promise<{ id: string; reused: boolean }>>();

function citeOnce(tallies: PublicTallies, checkpoint: SnapshotCheckpoint | null, now: Date): Promise<{ id: string; reused: boolean }> {
  // Across instances, presses queue on one lock per campaign: the first writes the citation,
  // the rest find it inside the window and reuse it.
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`cite:${tallies.campaignId}`}))`;
      const recent = await tx.statsSnapshot.findFirst({
        where: { campaignId: tallies.campaignId, trigger: "MANUAL", takenAt: { gt: new Date(now.getTime() - CITE_COALESCE_MS) } },
        orderBy: { takenAt: "desc" },
        select: { id: true },
      });
      if (recent) return { id: recent.id, reused: true };
      return { id: await storeSnapshot(tx, tallies, checkpoint, "manual", now), reused: false };
    },
    // The ledger's count takes about a second at a million pledges, and presses wait their turn.
    { maxWait: 15_000, timeout: 15_000 },
  );
}

async function storeSnapshot(
  runner: Pick<Prisma.TransactionClient, "statsSnapshot">,
  tallies: PublicTallies,
  checkpoint: SnapshotCheckpoint | null,
  trigger: SnapshotTrigger,
  now: Date,
): Promise<string> {
  const stats = composePublicStats(tallies, await readLedger(tallies.campaignId), now);
  const text = canonicalJson(snapshotContent(stats, now, trigger, checkpoint));
  const row = await runner.statsSnapshot.create({
    data: { campaignId: tallies.campaignId, trigger: trigger === "manual" ? "MANUAL" : "HOURLY", takenAt: now, canonicalJson: text, sha256: sha256Hex(text) },
    select: { id: true },
  });
  return row.id;
}
