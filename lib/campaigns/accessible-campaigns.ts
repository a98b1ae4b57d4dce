import "server-only";
import { db } from "@/lib/db/client";
import { roleAtLeast, type OrganiserRole } from "@/lib/auth/roles";

/** A campaign an organiser may open in the admin area, with their role in it. */
export interface AccessibleCampaign {
  id: string;
  slug: string;
  title: string;
  status: "DRAFT" | "LIVE" | "CLOSED";
  role: OrganiserRole;
}

/**
 * Every campaign the organiser has a role in, oldest first: all of them with an instance role
 * (User.role holds in every campaign), else those their CampaignRole rows name. Where both give a
 * role, the higher one holds (docs/decisions/0054-several-campaigns-one-instance.md).
 */
export async function accessibleCampaigns(userId: string, instanceRole: OrganiserRole | null): Promise<AccessibleCampaign[]> {
  const campaigns = await db().campaign.findMany({
    where: instanceRole ? {} : { organiserRoles: { some: { userId } } },
    orderBy: [{ createdAt: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, title: true, status: true, organiserRoles: { where: { userId }, select: { role: true } } },
  });
  return campaigns.map(({ organiserRoles, ...campaign }) => ({ ...campaign, role: higherRole(instanceRole, organiserRoles[0]?.role ?? null) as OrganiserRole }));
}

function higherRole(a: OrganiserRole | null, b: OrganiserRole | null): OrganiserRole | null {
  if (!a) return b;
  if (!b) return a;
  return roleAtLeast(a, b) ? a : b;
}

/**
 * The campaign the admin area works on: the one the switcher's cookie names if the organiser may
 * open it, else the default campaign (CAMPAIGN_SLUG) if they may, else the first they may; null
 * when they have a role nowhere.
 */
export function chooseAdminCampaign(campaigns: AccessibleCampaign[], wanted: string | undefined, defaultSlug: string): AccessibleCampaign | null {
  return campaigns.find((campaign) => campaign.slug === wanted) ?? campaigns.find((campaign) => campaign.slug === defaultSlug) ?? campaigns[0] ?? null;
}
