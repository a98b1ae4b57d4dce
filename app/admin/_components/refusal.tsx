import { forbidden } from "next/navigation";
import type { OrganiserRole } from "@/lib/auth/roles";

/**
 * Kept for pages that still render `<Refusal>` after organiserPageAccess(): it now hands over to
 * app/admin/forbidden.tsx, so they answer HTTP 403 too. New pages call requireOrganiserPage().
 */
export function Refusal(_props: { needed: OrganiserRole; has: OrganiserRole }): never {
  forbidden();
}
