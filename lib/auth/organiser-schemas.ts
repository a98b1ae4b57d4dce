import { z } from "zod";
import { organiserEmailSchema } from "./organiser-email";
import { ORGANISER_ROLES } from "./roles";

// Client-safe: the admin area's forms. The server parses every submission with these again
// (lib/actions/form-action.ts); messages are keys.

export const signInRequestSchema = z.object({
  email: organiserEmailSchema,
  /** Where to go after signing in; only admin paths are honoured (lib/auth/admin-path.ts). */
  callbackUrl: z.string().max(500).optional(),
});

const role = z.enum(ORGANISER_ROLES, { error: "roleInvalid" });
const userId = z.uuid({ error: "organiserUnknown" });

/** "NONE": no instance role (roles in some campaigns only) or no role in this campaign (ADR 0054). */
const roleOrNone = z.union([role, z.literal("NONE").transform(() => null)], { error: "roleInvalid" });

/** `scope` "campaign": the role holds in the admin area's selected campaign only. */
export const inviteOrganiserSchema = z.object({ email: organiserEmailSchema, role, scope: z.enum(["instance", "campaign"], { error: "roleInvalid" }).default("instance") });
export const changeRoleSchema = z.object({ userId, role: roleOrNone });
export const setCampaignRoleSchema = z.object({ userId, role: roleOrNone });
export const organiserIdSchema = z.object({ userId });
