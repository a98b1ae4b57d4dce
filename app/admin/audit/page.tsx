import type { Metadata } from "next";
import Link from "next/link";
import { AUDIT_ACTIONS, isAuditAction } from "@/lib/audit/audit-actions";
import { listAuditActors } from "@/lib/audit/list-audit-actors";
import { findOpenableMessages } from "@/lib/audit/find-openable-messages";
import { listAuditEntries, type AuditFilter } from "@/lib/audit/list-audit-entries";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { campaignTitles } from "@/lib/campaigns/campaign-titles";
import { requireInstanceAdminPage } from "@/lib/auth/require-organiser-page";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { formatAdminTimestamp } from "@/lib/i18n/admin-format";
import { buttonClass } from "@/components/admin/ui/button-class";
import { ScrollRegion } from "@/components/admin/ui/scroll-region";
import { AuditSentence } from "@/components/admin/audit/audit-sentence";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminAudit"))("title") };
}

// Read-only on purpose: the log has no edit or delete anywhere (the database refuses both).
// Action codes are stored ("organiser.add") and stay so; each entry is shown as a sentence in the
// organiser's language (messages/<locale>/admin-audit.json, "sentences.organiser.add"), with a link
// to the item while it exists; never as raw JSON (decision 0041).

/** The campaign filter's value for entries of the whole site (no campaign). */
const SITE_WIDE = "site";

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const organiser = await requireInstanceAdminPage("/admin/audit");
  const query = await searchParams;
  const action = isAuditAction(query.action) ? query.action : undefined;
  const actor = typeof query.actor === "string" && query.actor ? query.actor.slice(0, 254) : undefined;
  const titles = await campaignTitles(organiser);
  // "site": the whole site's entries (no campaign); else a campaign's id, if it is one.
  const campaignParam = typeof query.campaign === "string" && (query.campaign === SITE_WIDE || titles.has(query.campaign)) ? query.campaign : undefined;
  const campaignId = campaignParam === SITE_WIDE ? null : campaignParam;
  const filter: AuditFilter = { action, actor, campaignId, before: cursor(query.before), after: cursor(query.after) };
  const [page, actors] = await Promise.all([listAuditEntries(organiser, filter), listAuditActors(organiser)]);
  const campaign = await getAdminCampaign();
  const pledgeIds = page.entries.flatMap((entry) => (entry.targetType === "pledge" && entry.targetId ? [entry.targetId] : []));
  const [locale, t, openableMessages] = await Promise.all([getAdminLocale(), getAdminTranslator("adminAudit"), findOpenableMessages(organiser, campaign.id, pledgeIds)]);
  const link = (extra: Record<string, string>) => `/admin/audit?${new URLSearchParams({ ...(action ? { action } : {}), ...(actor ? { actor } : {}), ...(campaignParam ? { campaign: campaignParam } : {}), ...extra })}`;

  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>

      <form method="get" action="/admin/audit" className="mt-6 flex flex-wrap items-end gap-4" aria-label={t("filterLabel")}>
        <div>
          <label htmlFor="filter-action" className="block font-semibold">
            {t("action")}
          </label>
          <select id="filter-action" name="action" defaultValue={action ?? ""} className="field mt-1">
            <option value="">{t("allActions")}</option>
            {AUDIT_ACTIONS.map((name) => (
              <option key={name} value={name}>
                {t(`actions.${name}`)} ({name})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-actor" className="block font-semibold">
            {t("who")}
          </label>
          <select id="filter-actor" name="actor" defaultValue={actor ?? ""} className="field mt-1">
            <option value="">{t("everyone")}</option>
            {actors.map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-campaign" className="block font-semibold">
            {/* Not "Campaign": the header's campaign switcher has that name. */}
            {t("whichCampaign")}
          </label>
          <select id="filter-campaign" name="campaign" defaultValue={campaignParam ?? ""} className="field mt-1">
            <option value="">{t("anyCampaign")}</option>
            <option value={SITE_WIDE}>{t("allCampaigns")}</option>
            {[...titles].map(([id, title]) => (
              <option key={id} value={id}>
                {title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {t("show")}
        </button>
      </form>

      {page.entries.length === 0 ? (
        <p className="mt-6">{t("none")}</p>
      ) : (
        <ScrollRegion label={t("caption")} className="mt-6">
        <table className="w-full min-w-[40rem] border-collapse text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4">{t("when")}</th>
              <th scope="col" className="py-2 pr-4">{t("whatHappened")}</th>
              <th scope="col" className="py-2">{t("campaign")}</th>
            </tr>
          </thead>
          <tbody>
            {page.entries.map((entry) => (
              <tr key={entry.id.toString()} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-4 whitespace-nowrap tabular-nums">{formatAdminTimestamp(locale, entry.at)}</td>
                <td className="py-2 wrap-anywhere">
                  <AuditSentence entry={entry} t={t} locale={locale} openableMessages={openableMessages} />
                </td>
                {/* Instance-wide entries (people, sign-ins) and those from before several campaigns have none. */}
                <td className="py-2">{entry.campaignId ? (titles.get(entry.campaignId) ?? "—") : t("allCampaigns")}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </ScrollRegion>
      )}

      <nav aria-label={t("pagesLabel")} className="mt-6 flex gap-6">
        {page.hasNewer && page.entries[0] && (
          <Link href={link({ after: page.entries[0].id.toString() })} className="underline">
            {t("newer")}
          </Link>
        )}
        {page.hasOlder && page.entries.at(-1) && (
          <Link href={link({ before: page.entries.at(-1)!.id.toString() })} className="underline">
            {t("older")}
          </Link>
        )}
      </nav>
    </>
  );
}

function cursor(value: string | string[] | undefined): bigint | undefined {
  return typeof value === "string" && /^\d{1,18}$/.test(value) ? BigInt(value) : undefined;
}
