import type { Metadata } from "next";
import { listOrganisers, type OrganiserSummary } from "@/lib/auth/list-organisers";
import { requireInstanceAdminPage } from "@/lib/auth/require-organiser-page";
import { ORGANISER_ROLES } from "@/lib/auth/roles";
import { getAdminLocale, getAdminTranslator, type AdminTranslate } from "@/lib/i18n/admin-i18n";
import { formatAdminDateTime } from "@/lib/i18n/admin-format";
import type { Locale } from "@/lib/i18n/routing";
import { ActionForm } from "@/components/admin/ui/action-form";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { changeRoleAction, inviteOrganiserAction, removeOrganiserAction, revokeSessionsAction, setCampaignRoleAction } from "./actions";
import { InviteForm } from "@/components/admin/organisers/invite-form";
import { OutcomeBanner } from "@/components/admin/ui/outcome-banner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminOrganisers"))("title") };
}

const outcomes = ["added", "restored", "role-changed", "role-unchanged", "removed", "signed-out"];

interface RowTexts {
  locale: Locale;
  t: AdminTranslate;
  roleName: AdminTranslate;
  campaignTitle: string;
}

export default async function OrganisersPage({ searchParams }: PageProps<"/admin/organisers">) {
  const organiser = await requireInstanceAdminPage("/admin/organisers");
  const campaign = await getAdminCampaign();
  const organisers = await listOrganisers(organiser, { campaignId: campaign.id });
  const [locale, t, roleName] = await Promise.all([getAdminLocale(), getAdminTranslator("adminOrganisers"), getAdminTranslator("adminRoles.name")]);
  const done = (await searchParams).done;
  const outcome = typeof done === "string" && outcomes.includes(done) ? t(`done.${done}`) : undefined;
  const texts: RowTexts = { locale, t, roleName, campaignTitle: campaign.title };

  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <OutcomeBanner>{outcome}</OutcomeBanner>

      <section aria-labelledby="add-heading" className="mt-8">
        <h2 id="add-heading" className="text-xl font-bold">
          {t("addHeading")}
        </h2>
        <InviteForm inviteOrganiserAction={inviteOrganiserAction} campaignTitle={campaign.title} />
      </section>

      <section aria-labelledby="list-heading" className="mt-10">
        <h2 id="list-heading" className="text-xl font-bold">
          {t("listHeading", { count: organisers.length })}
        </h2>
        <ul className="mt-4 space-y-4">
          {organisers.map((row) => (
            <OrganiserRow key={row.id} row={row} self={row.id === organiser.id} texts={texts} />
          ))}
        </ul>
      </section>
    </>
  );
}

function OrganiserRow({ row, self, texts }: { row: OrganiserSummary; self: boolean; texts: RowTexts }) {
  const { locale, t, roleName, campaignTitle } = texts;
  const roleId = `role-${row.id}`;
  const campaignRoleId = `campaign-role-${row.id}`;
  const time = (date: Date) => formatAdminDateTime(locale, date);
  return (
    <li className="rounded-lg bg-white p-4 ring-1 ring-slate-300">
      <h3 className="font-semibold break-all">
        {row.email}
        {self && <span className="font-normal text-slate-700">{t("row.you")}</span>}
      </h3>
      <p className="text-sm text-slate-700">
        {t("row.summary", {
          // English has always shown the code here ("ADMIN"); be and ru show the word.
          role: t(`row.roleShown.${row.role ?? "NONE"}`),
          sessions: row.activeSessions,
          lastSignIn: row.lastSignInAt ? time(row.lastSignInAt) : t("row.never"),
          added: time(row.createdAt),
        })}
      </p>
      <div className="mt-3 flex flex-wrap items-end gap-x-6 gap-y-3">
        <ActionForm action={changeRoleAction} submitLabel={t("row.changeRole")} tone="secondary" buttonLabel={t("row.changeRoleLabel", { email: row.email })}>
          <input type="hidden" name="userId" value={row.id} />
          <div>
            <label htmlFor={roleId} className="block text-sm font-semibold">
              {t("row.role")}
              <span className="sr-only">{t("row.roleOf", { email: row.email })}</span>
            </label>
            <select id={roleId} name="role" defaultValue={row.role ?? "NONE"} className="field mt-1">
              {ORGANISER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleName(role)}
                </option>
              ))}
              <option value="NONE">{t("row.noInstanceRole")}</option>
            </select>
          </div>
        </ActionForm>
        <ActionForm action={setCampaignRoleAction} submitLabel={t("row.changeCampaignRole")} tone="secondary" buttonLabel={t("row.changeCampaignRoleLabel", { email: row.email })}>
          <input type="hidden" name="userId" value={row.id} />
          <div>
            <label htmlFor={campaignRoleId} className="block text-sm font-semibold">
              {t("row.campaignRole", { campaign: campaignTitle })}
              <span className="sr-only">{t("row.roleOf", { email: row.email })}</span>
            </label>
            <select id={campaignRoleId} name="role" defaultValue={row.campaignRole ?? "NONE"} className="field mt-1">
              {ORGANISER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleName(role)}
                </option>
              ))}
              <option value="NONE">{t("row.noCampaignRole")}</option>
            </select>
          </div>
        </ActionForm>
        <ActionForm action={revokeSessionsAction} submitLabel={t("row.signOut")} tone="secondary" buttonLabel={t("row.signOutLabel", { email: row.email })}>
          <input type="hidden" name="userId" value={row.id} />
        </ActionForm>
        <ActionForm action={removeOrganiserAction} submitLabel={t("row.remove")} tone="danger" buttonLabel={t("row.removeLabel", { email: row.email })}>
          <input type="hidden" name="userId" value={row.id} />
        </ActionForm>
      </div>
    </li>
  );
}
