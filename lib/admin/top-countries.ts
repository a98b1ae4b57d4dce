import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

/**
 * Countries with the most confirmed pledges, exact and live (VIEWER and above: organisers only,
 * so no k-anonymity roll-up as on the public map). Ties are broken by country code.
 */
export async function topCountries(actor: Actor, campaignId: string, limit = 10): Promise<{ country: string; pledges: number }[]> {
  authorise(actor, "VIEWER", campaignId);
  const groups = await db().pledge.groupBy({
    by: ["country"],
    where: { campaignId, status: "CONFIRMED" },
    _count: { _all: true },
    orderBy: [{ _count: { country: "desc" } }, { country: "asc" }],
    take: limit,
  });
  return groups.map((group) => ({ country: group.country, pledges: group._count._all }));
}
