import "server-only";
import { redirect } from "next/navigation";
import type { Organiser } from "./actor";
import { currentOrganiser } from "./current-organiser";
import { roleAtLeast, type OrganiserRole } from "./roles";

/**
 * For admin pages: sends a signed-out visitor to the sign-in page (and back here afterwards), and
 * tells the page whether the organiser's role suffices, so it can explain a refusal instead of
 * failing. The data functions the page then calls check the role again themselves.
 */
export async function organiserPageAccess(minRole: OrganiserRole, path: string): Promise<{ organiser: Organiser; allowed: boolean }> {
  const organiser = await currentOrganiser();
  if (!organiser) redirect(`/admin/sign-in?${new URLSearchParams({ callbackUrl: path })}`);
  return { organiser, allowed: roleAtLeast(organiser.role, minRole) };
}
