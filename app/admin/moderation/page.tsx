import type { Metadata } from "next";
import Link from "next/link";
import { organiserPageAccess } from "@/lib/auth/organiser-page-access";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { countryName } from "@/lib/geo/country-names";
import { listModerationQueue, listQueueFacets } from "@/lib/moderation/list-moderation-queue";
import { describeHandled } from "@/lib/moderation/message-handled";
import { readHandledState } from "@/lib/moderation/moderate-message";
import { parseQueueFilter, queueQuery } from "@/lib/moderation/queue-filter";
import { Refusal } from "../_components/refusal";
import { doneMessages, moderationMessageFor } from "./_components/moderation-messages";
import { ModerationQueue } from "./_components/moderation-queue";
import { QueueFilters } from "./_components/queue-filters";
import { SHORTCUTS } from "./_components/shortcut-list";

export const metadata: Metadata = { title: "Moderation" };

// Moderators and admins only. Viewers are refused the page, not shown it read-only: messages
// waiting here can hold phone numbers, addresses and names that must not spread further than the
// people deciding on them (a viewer sees the waiting count on the dashboard instead).

export default async function ModerationPage({ searchParams }: PageProps<"/admin/moderation">) {
  const { organiser, allowed } = await organiserPageAccess("MODERATOR", "/admin/moderation");
  if (!allowed) return <Refusal needed="MODERATOR" has={organiser.role} />;
  const query = await searchParams;
  const filter = parseQueueFilter(query);
  const campaign = await getCurrentCampaign();
  const [queue, facets] = await Promise.all([listModerationQueue(organiser, campaign, filter), listQueueFacets(organiser, campaign.id)]);
  const notice = await noticeFor(query, organiser, campaign.id);
  const current = { ...filter, page: queue.page };
  const items = queue.items.map((item) => ({ ...item, countryName: countryName(item.country, "en") }));

  return (
    <>
      <h1 className="text-2xl font-bold">Moderation</h1>
      <p className="mt-2 text-slate-700">
        {queue.total.toLocaleString("en")} {queue.total === 1 ? "message" : "messages"} in this view · page {queue.page} of {queue.pageCount}. Names are shown as the
        supporter chose to appear.
      </p>
      <p className="mt-2 text-sm" id="shortcuts-summary">
        Keyboard: {SHORTCUTS.map(([keys, meaning]) => `${keys} ${meaning}`).join(" · ")}.
      </p>
      {notice && (
        <p role={notice.tone === "done" ? "status" : "alert"} className={`mt-4 rounded-md border-2 p-3 ${notice.tone === "done" ? "border-emerald-700 bg-emerald-50" : "border-red-800 bg-red-50 text-red-950"}`}>
          {notice.text}
        </p>
      )}
      <QueueFilters filter={filter} languages={facets.languages} countries={facets.countries.map((code) => ({ code, name: countryName(code, "en") }))} />
      {items.length === 0 ? (
        <p className="mt-6">No messages in this view.</p>
      ) : (
        <ModerationQueue items={items} returnTo={queueQuery(current)} />
      )}
      <nav aria-label="Pages of the queue" className="mt-6 flex gap-6">
        {queue.page > 1 && (
          <Link href={`/admin/moderation${queueQuery(current, { page: queue.page - 1 })}`} className="underline">
            ← Previous page
          </Link>
        )}
        {queue.page < queue.pageCount && (
          <Link href={`/admin/moderation${queueQuery(current, { page: queue.page + 1 })}`} className="underline">
            Next page →
          </Link>
        )}
      </nav>
    </>
  );
}

type Query = Record<string, string | string[] | undefined>;

/** What a form posted without JavaScript did, from the query string it was sent back with. */
async function noticeFor(query: Query, organiser: Parameters<typeof readHandledState>[0], campaignId: string) {
  const value = (key: string) => (typeof query[key] === "string" ? query[key] : undefined);
  const handled = value("handled");
  if (handled && /^[0-9a-f-]{36}$/i.test(handled)) return { tone: "conflict", text: describeHandled(await readHandledState(organiser, campaignId, handled)) } as const;
  const error = value("error");
  if (error) return { tone: "error", text: moderationMessageFor(error) } as const;
  const done = value("done");
  if (done === "bulk") {
    const applied = Number(value("applied") ?? 0);
    const skipped = Number(value("skipped") ?? 0);
    return { tone: "done", text: `${applied} ${applied === 1 ? "message" : "messages"} changed${skipped ? `; ${skipped} had already been handled by someone else and were left as they were` : ""}.` } as const;
  }
  if (done && doneMessages[done]) return { tone: "done", text: doneMessages[done] } as const;
  return null;
}
