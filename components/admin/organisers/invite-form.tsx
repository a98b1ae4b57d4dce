"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState, type FormStateAction } from "@/lib/actions/form-state";
import { ORGANISER_ROLES } from "@/lib/auth/roles";
import { buttonClass } from "@/components/admin/ui/button-class";
import { EmailField } from "@/components/admin/ui/email-field";
import { useFormMessage } from "@/components/admin/ui/form-messages";

/** Adds an organiser. Works without JavaScript; errors point at their field. */
export function InviteForm({ inviteOrganiserAction, campaignTitle }: { inviteOrganiserAction: FormStateAction<"email" | "role" | "scope">; campaignTitle: string }) {
  const t = useTranslations("adminOrganisers.invite");
  const roles = useTranslations("adminRoles.description");
  const messageFor = useFormMessage();
  const [state, formAction, pending] = useActionState(inviteOrganiserAction, initialFormState<"email" | "role" | "scope">());
  return (
    <form action={formAction} noValidate className="mt-4 flex flex-wrap items-end gap-4">
      {state.formError && (
        <p role="alert" className="w-full rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
          {messageFor(state.formError)}
        </p>
      )}
      <EmailField
        id="invite-email"
        label={t("email")}
        hint={t("emailHint")}
        errors={state.fieldErrors.email}
        defaultValue={state.values.email}
      />
      <div>
        <label htmlFor="invite-role" className="block font-semibold">
          {t("role")}
        </label>
        <select id="invite-role" name="role" defaultValue={state.values.role ?? "VIEWER"} className="field mt-1">
          {ORGANISER_ROLES.map((role) => (
            <option key={role} value={role}>
              {roles(role)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="invite-scope" className="block font-semibold">
          {t("scope")}
        </label>
        <select id="invite-scope" name="scope" defaultValue={state.values.scope ?? "instance"} className="field mt-1">
          <option value="instance">{t("scopeInstance")}</option>
          <option value="campaign">{t("scopeCampaign", { campaign: campaignTitle })}</option>
        </select>
      </div>
      <button type="submit" disabled={pending} className={buttonClass()}>
        {t("submit")}
      </button>
    </form>
  );
}
