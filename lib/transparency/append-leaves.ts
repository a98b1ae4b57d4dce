import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { encodePledgeLeaf, encodeTombstoneLeaf } from "./leaf-data";
import { appendNodes } from "./merkle/append-nodes";
import { frontierNodes, nodeKeyString } from "./merkle/tree-math";

export type LeafToAppend =
  | { kind: "pledge"; country: string; commitment: Buffer; pledgeId: string }
  | { kind: "tombstone"; country: string; retires: number };

/** The number of leaves in a campaign's log (its next index): a primary-key lookup. */
export async function logSize(tx: Pick<Prisma.TransactionClient, "$queryRaw">, campaignId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ size: number }[]>`
    SELECT coalesce(max("index") + 1, 0)::int AS "size" FROM "TransparencyLeaf" WHERE "campaignId" = ${campaignId}::uuid`;
  return row?.size ?? 0;
}

/**
 * Appends leaves in the order given (callers shuffle them) and everything that follows from
 * them, in the caller's transaction under the tally lock: the leaf rows, the newly completed
 * subtree hashes (computed from the ≤ log₂ n frontier nodes, never from the old leaves), the
 * retired leaves' back references, the per-country live counts and each pledge's link to its leaf.
 */
export async function appendLeaves(tx: Prisma.TransactionClient, campaignId: string, leaves: LeafToAppend[]): Promise<void> {
  if (leaves.length === 0) return;
  const size = await logSize(tx, campaignId);
  const frontierKeys = frontierNodes(size);
  const frontierRows = frontierKeys.length
    ? await tx.$queryRaw<{ level: number; index: number; hash: string }[]>`
        SELECT n."level"::int AS "level", n."index", encode(n."hash", 'hex') AS "hash"
        FROM "TransparencyNode" n JOIN json_to_recordset(${JSON.stringify(frontierKeys)}::json) AS k("level" int, "index" int)
          ON n."level" = k."level" AND n."index" = k."index"
        WHERE n."campaignId" = ${campaignId}::uuid`
    : [];
  const frontier = new Map(frontierRows.map((row) => [nodeKeyString(row), Buffer.from(row.hash, "hex")]));
  const data = leaves.map((leaf) => (leaf.kind === "pledge" ? encodePledgeLeaf(leaf.country, leaf.commitment) : encodeTombstoneLeaf(leaf.country, leaf.retires)));
  const nodes = appendNodes(size, frontier, data);

  const leafRows = leaves.map((leaf, offset) => ({
    index: size + offset,
    data: Buffer.from(data[offset]!).toString("hex"),
    country: leaf.country,
    commitment: leaf.kind === "pledge" ? leaf.commitment.toString("hex") : null,
    tombstoneOf: leaf.kind === "tombstone" ? leaf.retires : null,
    pledgeId: leaf.kind === "pledge" ? leaf.pledgeId : null,
  }));
  await tx.$executeRaw`
    INSERT INTO "TransparencyLeaf" ("campaignId", "index", "data", "country", "commitment", "tombstoneOf")
    SELECT ${campaignId}::uuid, "index", decode("data", 'hex'), "country", decode("commitment", 'hex'), "tombstoneOf"
    FROM json_to_recordset(${JSON.stringify(leafRows)}::json) AS l("index" int, "data" text, "country" text, "commitment" text, "tombstoneOf" int)`;
  await tx.$executeRaw`
    INSERT INTO "TransparencyNode" ("campaignId", "level", "index", "hash")
    SELECT ${campaignId}::uuid, "level", "index", decode("hash", 'hex')
    FROM json_to_recordset(${JSON.stringify(nodes.map((node) => ({ level: node.level, index: node.index, hash: node.hash.toString("hex") })))}::json)
      AS n("level" smallint, "index" int, "hash" text)`;
  await tx.$executeRaw`
    UPDATE "TransparencyLeaf" l SET "tombstonedBy" = t."index", "retiring" = false
    FROM json_to_recordset(${JSON.stringify(leafRows.filter((row) => row.tombstoneOf !== null))}::json) AS t("index" int, "tombstoneOf" int)
    WHERE l."campaignId" = ${campaignId}::uuid AND l."index" = t."tombstoneOf"`;
  const deltas = new Map<string, number>();
  for (const leaf of leaves) deltas.set(leaf.country, (deltas.get(leaf.country) ?? 0) + (leaf.kind === "pledge" ? 1 : -1));
  await tx.$executeRaw`
    INSERT INTO "TransparencyCount" AS c ("campaignId", "country", "live")
    SELECT ${campaignId}::uuid, "country", "delta"
    FROM json_to_recordset(${JSON.stringify([...deltas].map(([country, delta]) => ({ country, delta })))}::json) AS d("country" text, "delta" int)
    ON CONFLICT ("campaignId", "country") DO UPDATE SET "live" = c."live" + excluded."live"`;
  await tx.$executeRaw`
    UPDATE "Pledge" p SET "logLeafIndex" = l."index"
    FROM json_to_recordset(${JSON.stringify(leafRows.filter((row) => row.pledgeId !== null))}::json) AS l("index" int, "pledgeId" uuid)
    WHERE p."id" = l."pledgeId"`;
}
