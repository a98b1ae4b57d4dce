import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/errors";
import { normaliseOrganiserEmail } from "./organiser-email";

/** An organiser named by id (the admin pages) or by address (the CLI). */
export type OrganiserRef = { id: string } | { email: string };

export function organiserWhere(ref: OrganiserRef): Prisma.UserWhereUniqueInput {
  return "id" in ref ? { id: ref.id } : { email: normaliseOrganiserEmail(ref.email) };
}

/** The organiser's row inside a transaction, locked until it ends; NotFoundError if unknown. */
export async function lockOrganiser(tx: Prisma.TransactionClient, ref: OrganiserRef) {
  const user = await tx.user.findUnique({ where: organiserWhere(ref), select: { id: true, email: true, role: true, disabledAt: true } });
  if (!user) throw new NotFoundError(`no organiser ${"id" in ref ? ref.id : ref.email}`);
  await tx.$executeRaw`SELECT 1 FROM "User" WHERE "id" = ${user.id}::uuid FOR UPDATE`;
  return user;
}
