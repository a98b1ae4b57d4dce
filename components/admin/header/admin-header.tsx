import Link from "next/link";
import { signedInOrganiser } from "@/lib/auth/current-organiser";
import { roleAtLeast } from "@/lib/auth/roles";
import { getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { CampaignSwitcher } from "./campaign-switcher";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";

type NavKey = "dashboard" | "fraud" | "moderation" | "review" | "export" | "settings" | "delivery" | "crm" | "webhooks" | "organisers" | "audit" | "newCampaign";

/**
 * The admin area's banner: the name, navigation and sign-out for a signed-in organiser, and the
 * language switcher for everyone (the sign-in pages too). Roles are the organiser's in the campaign
 * the switcher selected; people, the audit log and new campaigns need the instance ADMIN role.
 */
export async function AdminHeader({ signOutAction }: { signOutAction: () => Promise<void> }) {
  const [signedIn, t] = await Promise.all([signedInOrganiser(), getAdminTranslator("adminShell")]);
  const organiser = signedIn?.organiser;
  const admin = organiser ? roleAtLeast(organiser.role, "ADMIN") : false;
  const instanceAdmin = organiser?.instanceRole === "ADMIN";
  const moderator = organiser ? roleAtLeast(organiser.role, "MODERATOR") : false;
  const links: [NavKey, string, boolean][] = [
    ["dashboard", "/admin", true],
    ["fraud", "/admin/fraud", true],
    ["moderation", "/admin/moderation", moderator],
    ["review", "/admin/review", moderator],
    ["export", "/admin/export", moderator],
    ["settings", "/admin/settings", admin],
    ["delivery", "/admin/delivery", admin],
    ["crm", "/admin/crm", admin],
    ["webhooks", "/admin/webhooks", admin],
    ["organisers", "/admin/organisers", instanceAdmin],
    ["audit", "/admin/audit", instanceAdmin],
    ["newCampaign", "/admin/campaigns/new", instanceAdmin],
  ];
  return (
    <header className="border-b-2 border-slate-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <p className="font-bold">{t("siteName")}</p>
        <LocaleSwitcher />
        {signedIn?.campaign && (
          <CampaignSwitcher campaigns={signedIn.campaigns.map(({ slug, title, status }) => ({ slug, title, status }))} current={signedIn.campaign.slug} />
        )}
        {organiser && (
          <nav aria-label={t("navLabel")} className="w-full">
            <ul className="flex flex-wrap items-center gap-x-4 gap-y-2">
              {links
                .filter(([, , shown]) => shown)
                .map(([key, href]) => (
                  <li key={key}>
                    <Link href={href} className="underline">
                      {t(`nav.${key}`)}
                    </Link>
                  </li>
                ))}
              <li>
                <SignOutButton label={t("signOut")} signOutAction={signOutAction} />
              </li>
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}
