import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { ValidationError } from "@/lib/errors";

/**
 * Refuses a change that would leave no active admin (nobody could then manage organisers from
 * the web). Takes a transaction-wide advisory lock first, so two admins demoting each other at
 * the same moment cannot both succeed.
 */
export async function assertAnotherAdminRemains(tx: Prisma.TransactionClient, userId: string, field: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('organiser-admins'))`;
  const others = await tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: userId } } });
  if (others === 0) throw new ValidationError({ [field]: ["lastAdmin"] });
}
