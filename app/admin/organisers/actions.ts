"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { addOrganiser } from "@/lib/auth/add-organiser";
import { changeOrganiserRole } from "@/lib/auth/change-organiser-role";
import { changeRoleSchema, inviteOrganiserSchema, organiserIdSchema, setCampaignRoleSchema } from "@/lib/auth/organiser-schemas";
import { setCampaignRole } from "@/lib/auth/set-campaign-role";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { removeOrganiser } from "@/lib/auth/remove-organiser";
import { requireOrganiser } from "@/lib/auth/require-organiser";
import { revokeOrganiserSessions } from "@/lib/auth/revoke-organiser-sessions";

// Each action checks the caller's role first (the page having checked proves nothing: actions can
// be posted to directly), then runs the operation, which checks again and writes the audit entry
// in the same transaction. Success redirects back (POST-redirect-GET), with or without JavaScript.

const done = (outcome: string): never => redirect(`/admin/organisers?done=${outcome}`);

export const inviteOrganiserAction = formAction(
  inviteOrganiserSchema,
  async ({ email, role, scope }) => {
    const actor = await requireOrganiser("ADMIN");
    const campaignId = scope === "campaign" ? (await getAdminCampaign()).id : undefined;
    const { restored } = await addOrganiser(actor, { email, role, campaignId });
    done(restored ? "restored" : "added");
  },
  { echoFields: ["email", "role", "scope"] },
);

export const setCampaignRoleAction = formAction(
  setCampaignRoleSchema,
  async ({ userId, role }) => {
    const actor = await requireOrganiser("ADMIN");
    const { changed } = await setCampaignRole(actor, { id: userId }, (await getAdminCampaign()).id, role);
    done(changed ? "role-changed" : "role-unchanged");
  },
  { echoFields: [] },
);

export const changeRoleAction = formAction(
  changeRoleSchema,
  async ({ userId, role }) => {
    const actor = await requireOrganiser("ADMIN");
    const { changed } = await changeOrganiserRole(actor, { id: userId }, role);
    done(changed ? "role-changed" : "role-unchanged");
  },
  { echoFields: [] },
);

export const removeOrganiserAction = formAction(
  organiserIdSchema,
  async ({ userId }) => {
    const actor = await requireOrganiser("ADMIN");
    await removeOrganiser(actor, { id: userId });
    done("removed");
  },
  { echoFields: [] },
);

export const revokeSessionsAction = formAction(
  organiserIdSchema,
  async ({ userId }) => {
    const actor = await requireOrganiser("ADMIN");
    await revokeOrganiserSessions(actor, { id: userId });
    done("signed-out");
  },
  { echoFields: [] },
);
