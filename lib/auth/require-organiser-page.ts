import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Organiser } from "./actor";
import { currentOrganiser } from "./current-organiser";
import { roleAtLeast, type OrganiserRole } from "./roles";

/**
 * The first line of an admin page: a signed-out visitor goes to the sign-in page (and back here
 * afterwards); an organiser whose role is too low gets app/admin/forbidden.tsx with HTTP 403, so
 * the refusal is a refusal to scripts and monitors too, not a 200 that reads "Not allowed". The
 * data functions the page then calls check the role again themselves.
 */
export async function requireOrganiserPage(minRole: OrganiserRole, path: string): Promise<Organiser> {
  const organiser = await currentOrganiser();
  if (!organiser) redirect(`/admin/sign-in?${new URLSearchParams({ callbackUrl: path })}`);
  if (!roleAtLeast(organiser.role, minRole)) forbidden();
  return organiser;
}

/**
 * requireOrganiserPage for the instance-wide pages (organisers, the audit log, new campaigns):
 * the instance ADMIN role is needed, an ADMIN of one campaign gets the 403 page
 * (docs/decisions/0054-several-campaigns-one-instance.md).
 */
export async function requireInstanceAdminPage(path: string): Promise<Organiser> {
  const organiser = await requireOrganiserPage("VIEWER", path);
  if (organiser.instanceRole !== "ADMIN") forbidden();
  return organiser;
}
