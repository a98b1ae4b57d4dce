import "server-only";
import { db } from "@/lib/db/client";
import { authorise, type Actor } from "./actor";
import type { OrganiserRole } from "./roles";

export interface OrganiserSummary {
  id: string;
  email: string;
  role: OrganiserRole;
  createdAt: Date;
  /** When they last completed a sign-in (Auth.js sets emailVerified each time). */
  lastSignInAt: Date | null;
  disabledAt: Date | null;
  activeSessions: number;
}

/** Every organiser, active first, then by address (ADMIN only). */
export async function listOrganisers(actor: Actor, options: { includeRemoved?: boolean } = {}): Promise<OrganiserSummary[]> {
  authorise(actor, "ADMIN");
  const now = new Date();
  const users = await db().user.findMany({
    where: options.includeRemoved ? {} : { disabledAt: null },
    orderBy: [{ disabledAt: { sort: "desc", nulls: "first" } }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      role: true,
      createdAt: true,
      emailVerified: true,
      disabledAt: true,
      _count: { select: { sessions: { where: { expires: { gt: now } } } } },
    },
  });
  return users.map(({ emailVerified, _count, ...user }) => ({ ...user, lastSignInAt: emailVerified, activeSessions: _count.sessions }));
}
