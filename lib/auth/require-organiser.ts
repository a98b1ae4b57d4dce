import "server-only";
import { UnauthorizedError } from "@/lib/errors";
import { authorise, type Organiser } from "./actor";
import { currentOrganiser } from "./current-organiser";
import type { OrganiserRole } from "./roles";

/**
 * The first line of every admin server action, route handler and data function: the signed-in
 * organiser, if their role is at least `minRole` (ADMIN > MODERATOR > VIEWER). Throws
 * UnauthorizedError (401) when nobody is signed in, ForbiddenError (403) when the role is too low.
 * Never rely on proxy.ts or on a page having checked already: actions can be called directly.
 */
export async function requireOrganiser(minRole: OrganiserRole): Promise<Organiser> {
  const organiser = await currentOrganiser();
  if (!organiser) throw new UnauthorizedError("sign-in required");
  authorise(organiser, minRole);
  return organiser;
}
