import "server-only";
import { db } from "@/lib/db/client";

export interface PublicDelivery {
  id: string;
  snapshotId: string;
  snapshotSha256: string;
  treeSize: number | null;
  rootHash: string | null;
  /** Only sends the mail server accepted; names and organisations, never addresses. */
  sends: { name: string; organisation: string | null; sentAt: Date }[];
}

/** Deliveries that reached at least one recipient, newest first, for the public page. */
export async function listPublicDeliveries(campaignId: string): Promise<PublicDelivery[]> {
  const rows = await db().delivery.findMany({
    where: { campaignId, sends: { some: { sentAt: { not: null } } } },
    orderBy: { createdAt: "desc" },
    select: { id: true, snapshotId: true, snapshotSha256: true, treeSize: true, rootHash: true, sends: { where: { sentAt: { not: null } }, orderBy: { sentAt: "asc" }, select: { name: true, organisation: true, sentAt: true } } },
  });
  return rows.map((row) => ({ ...row, sends: row.sends.map((send) => ({ ...send, sentAt: send.sentAt! })) }));
}
