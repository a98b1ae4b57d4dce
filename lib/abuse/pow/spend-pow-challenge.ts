import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";

/**
 * Marks a solved challenge as used; true the first time, false for a replay. One INSERT … ON
 * CONFLICT DO NOTHING: of two concurrent submissions of one solution exactly one wins (the
 * other waits for the first to commit, then sees the conflict).
 */
export async function spendPowChallenge(tx: Pick<Prisma.TransactionClient, "$queryRaw">, signature: string, expiresAt: Date): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`
    INSERT INTO "SpentPowChallenge" ("signature", "expiresAt") VALUES (${signature}, ${expiresAt})
    ON CONFLICT ("signature") DO NOTHING RETURNING 1`;
  return rows.length === 1;
}

export async function deleteExpiredPowChallenges(now = new Date()): Promise<number> {
  const { count } = await db().spentPowChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
