// Client-safe: organiser roles and their order, shared by pages, forms, server checks and the CLI.
// Each role can do everything the roles below it can: ADMIN > MODERATOR > VIEWER.
import type { OrganiserRole } from "@/lib/db/generated/enums";

export type { OrganiserRole };

/** Highest first, so lists and menus read from most to least powerful. */
export const ORGANISER_ROLES = ["ADMIN", "MODERATOR", "VIEWER"] as const satisfies readonly OrganiserRole[];

const rank: Record<OrganiserRole, number> = { ADMIN: 3, MODERATOR: 2, VIEWER: 1 };

export function isOrganiserRole(value: unknown): value is OrganiserRole {
  return typeof value === "string" && (ORGANISER_ROLES as readonly string[]).includes(value);
}

/** True when `role` may do what `minimum` may. */
export function roleAtLeast(role: OrganiserRole, minimum: OrganiserRole): boolean {
  return rank[role] >= rank[minimum];
}

/** "admin", "Admin", "ADMIN" → "ADMIN"; anything else → null (the CLI and forms both parse roles). */
export function parseRole(value: string | undefined | null): OrganiserRole | null {
  const upper = value?.trim().toUpperCase();
  return isOrganiserRole(upper) ? upper : null;
}
