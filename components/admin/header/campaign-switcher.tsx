"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { buttonClass } from "@/components/admin/ui/button-class";

export interface SwitcherCampaign {
  slug: string;
  title: string;
  status: "DRAFT" | "LIVE" | "CLOSED";
}

/**
 * Which campaign the admin area works on: a select and a button posting to /admin/campaign
 * (app/admin/campaign/route.ts), so it works without JavaScript and by keyboard alone, and the
 * organiser comes back to the page they were on. Only campaigns they have a role in are offered;
 * the server checks the choice again on every request anyway.
 */
export function CampaignSwitcher({ campaigns, current }: { campaigns: SwitcherCampaign[]; current: string }) {
  const t = useTranslations("adminShell.campaign");
  const pathname = usePathname();
  return (
    <form method="post" action="/admin/campaign" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="returnTo" value={pathname} />
      <div>
        <label htmlFor="admin-campaign" className="block text-sm font-semibold">
          {t("label")}
        </label>
        <select id="admin-campaign" name="campaign" defaultValue={current} className="field mt-1">
          {campaigns.map((campaign) => (
            <option key={campaign.slug} value={campaign.slug}>
              {t("option", { title: campaign.title, status: t(`status.${campaign.status}`) })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        {t("switch")}
      </button>
    </form>
  );
}
