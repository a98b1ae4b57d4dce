import "server-only";
import { db } from "@/lib/db/client";
import { authoriseInstance, type Actor } from "./actor";
import type { OrganiserRole } from "./roles";

export interface OrganiserSummary {
  id: string;
  email: string;
  /** The instance role, held in every campaign; null: roles in some campaigns only. */
  role: OrganiserRole | null;
  /** Their own role in the campaign asked about (listOrganisers' `campaignId`), if any. */
  campaignRole: OrganiserRole | null;
  createdAt: Date;
  /** When they last completed a sign-in (Auth.js sets emailVerified each time). */
  lastSignInAt: Date | null;
  disabledAt: Date | null;
  activeSessions: number;
}

/** Every organiser, active first, then by address (ADMIN only). */
export async function listOrganisers(actor: Actor, options: { includeRemoved?: boolean; campaignId?: string } = {}): Promise<OrganiserSummary[]> {
  authoriseInstance(actor, "ADMIN");
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
      campaignRoles: { where: { campaignId: options.campaignId ?? "00000000-0000-0000-0000-000000000000" }, select: { role: true } },
      _count: { select: { sessions: { where: { expires: { gt: now } } } } },
    },
  });
  return users.map(({ emailVerified, _count, campaignRoles, ...user }) => ({ ...user, campaignRole: campaignRoles[0]?.role ?? null, lastSignInAt: emailVerified, activeSessions: _count.sessions }));
}
