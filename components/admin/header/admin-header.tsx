import Link from "next/link";
import { currentOrganiser } from "@/lib/auth/current-organiser";
import { roleAtLeast } from "@/lib/auth/roles";
import { getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";

type NavKey = "dashboard" | "fraud" | "moderation" | "review" | "export" | "settings" | "delivery" | "crm" | "webhooks" | "organisers" | "audit";

/**
 * The admin area's banner: the name, navigation and sign-out for a signed-in organiser, and the
 * language switcher for everyone (the sign-in pages too).
 */
export async function AdminHeader({ signOutAction }: { signOutAction: () => Promise<void> }) {
  const [organiser, t] = await Promise.all([currentOrganiser(), getAdminTranslator("adminShell")]);
  const admin = organiser ? roleAtLeast(organiser.role, "ADMIN") : false;
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
    ["organisers", "/admin/organisers", admin],
    ["audit", "/admin/audit", admin],
  ];
  return (
    <header className="border-b-2 border-slate-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <p className="font-bold">{t("siteName")}</p>
        <LocaleSwitcher />
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
