import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { SnapshotContent } from "./snapshot-content";

export interface StoredSnapshot {
  id: string;
  takenAt: Date;
  /** The exact bytes that were hashed: serve these, never a re-serialisation. */
  canonicalJson: string;
  sha256: string;
  content: SnapshotContent;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A snapshot of the current campaign by id; NotFoundError for an unknown or malformed id. */
export async function findStatsSnapshot(id: string, campaignId: string): Promise<StoredSnapshot> {
  if (!UUID.test(id)) throw new NotFoundError("no such snapshot");
  const row = await db().statsSnapshot.findFirst({
    where: { id: id.toLowerCase(), campaignId },
    select: { id: true, takenAt: true, canonicalJson: true, sha256: true },
  });
  if (!row) throw new NotFoundError("no such snapshot");
  return { ...row, content: JSON.parse(row.canonicalJson) as SnapshotContent };
}
