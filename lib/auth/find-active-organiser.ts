import "server-only";
import { db } from "@/lib/db/client";
import { normaliseOrganiserEmail } from "./organiser-email";

/** The organiser with this address, unless there is none or they have been removed. */
export async function findActiveOrganiser(email: string | null | undefined) {
  if (!email) return null;
  const user = await db().user.findUnique({
    where: { email: normaliseOrganiserEmail(email) },
    select: { id: true, email: true, role: true, disabledAt: true },
  });
  return user && !user.disabledAt ? user : null;
}
