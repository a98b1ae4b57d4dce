import type { Metadata } from "next";
import Link from "next/link";
import { requireOrganiserPage } from "@/lib/auth/require-organiser-page";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { countryName } from "@/lib/geo/country-names";
import { listModerationQueue, listQueueFacets } from "@/lib/moderation/list-moderation-queue";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { describeHandled } from "@/lib/moderation/message-handled";
import { readHandledState } from "@/lib/moderation/moderate-message";
import { parseQueueFilter, queueQuery } from "@/lib/moderation/queue-filter";
import { shortId } from "@/lib/audit/read-audit-details";
import { isDoneDecision, moderationTexts, type ModerationTexts } from "@/components/admin/moderation/moderation-messages";
import { ModerationQueue } from "@/components/admin/moderation/moderation-queue";
import { QueueFilters } from "@/components/admin/moderation/queue-filters";
import { SHORTCUTS } from "@/components/admin/moderation/shortcut-list";
import { bulkModerateAction, bulkModerateFromForm, moderateMessageAction, moderateMessageFromForm } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminModeration"))("title") };
}

// Moderators and admins only. Viewers are refused the page, not shown it read-only: messages
// waiting here can hold phone numbers, addresses and names that must not spread further than the
// people deciding on them (a viewer sees the waiting count on the dashboard instead).

export default async function ModerationPage({ searchParams }: PageProps<"/admin/moderation">) {
  const organiser = await requireOrganiserPage("MODERATOR", "/admin/moderation");
  const query = await searchParams;
  const filter = parseQueueFilter(query);
  const campaign = await getAdminCampaign();
  const [queue, facets] = await Promise.all([listModerationQueue(organiser, campaign, filter), listQueueFacets(organiser, campaign.id)]);
  const [locale, t, form] = await Promise.all([getAdminLocale(), getAdminTranslator("adminModeration"), getAdminTranslator("adminForm")]);
  const texts = moderationTexts(locale, t, form);
  const notice = await noticeFor(query, organiser, campaign.id, texts);
  const current = { ...filter, page: queue.page };
  const items = queue.items.map((item) => ({ ...item, countryName: countryName(item.country, locale) }));

  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-slate-700">
        {t("summary", { count: queue.total, page: queue.page, pageCount: queue.pageCount })}
      </p>
      <p className="mt-2 text-sm" id="shortcuts-summary">
        {t("keyboard", { shortcuts: SHORTCUTS.map(([keys, meaning]) => `${keys} ${t(`shortcuts.${meaning}`)}`).join(" · ") })}
      </p>
      {notice && (
        <p role={notice.tone === "done" ? "status" : "alert"} className={`mt-4 rounded-md border-2 p-3 ${notice.tone === "done" ? "border-emerald-700 bg-emerald-50" : "border-red-800 bg-red-50 text-red-950"}`}>
          {notice.text}
        </p>
      )}
      <QueueFilters filter={filter} languages={facets.languages} countries={facets.countries.map((code) => ({ code, name: countryName(code, locale) }))} />
      {filter.pledge && (
        <p className="mt-4">
          {t("onePledge", { pledge: shortId(filter.pledge) })}{" "}
          <Link href="/admin/moderation" className="underline">
            {t("showWholeQueue")}
          </Link>
        </p>
      )}
      {items.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <ModerationQueue items={items} returnTo={queueQuery(current)} actions={{ moderateMessageAction, bulkModerateAction, moderateMessageFromForm, bulkModerateFromForm }} />
      )}
      <nav aria-label={t("pagesLabel")} className="mt-6 flex gap-6">
        {queue.page > 1 && (
          <Link href={`/admin/moderation${queueQuery(current, { page: queue.page - 1 })}`} className="underline">
            {t("previousPage")}
          </Link>
        )}
        {queue.page < queue.pageCount && (
          <Link href={`/admin/moderation${queueQuery(current, { page: queue.page + 1 })}`} className="underline">
            {t("nextPage")}
          </Link>
        )}
      </nav>
    </>
  );
}

type Query = Record<string, string | string[] | undefined>;

/** What a form posted without JavaScript did, from the query string it was sent back with. */
async function noticeFor(query: Query, organiser: Parameters<typeof readHandledState>[0], campaignId: string, texts: ModerationTexts) {
  const value = (key: string) => (typeof query[key] === "string" ? query[key] : undefined);
  const handled = value("handled");
  if (handled && /^[0-9a-f-]{36}$/i.test(handled)) return { tone: "conflict", text: describeHandled(await readHandledState(organiser, campaignId, handled), texts.handled, texts.locale) } as const;
  const error = value("error");
  if (error) return { tone: "error", text: texts.errorFor(error) } as const;
  const done = value("done");
  if (done === "bulk") {
    const applied = Number(value("applied") ?? 0);
    const skipped = Number(value("skipped") ?? 0);
    return { tone: "done", text: texts.t("bulkChanged", { applied, skipped }) } as const;
  }
  if (isDoneDecision(done)) return { tone: "done", text: texts.t(`done.${done}`) } as const;
  return null;
}
