import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { createTestCampaign } from "@/tests/factories/campaign";
import { createOrganiser } from "@/tests/factories/organiser";
import { createMessagePledge } from "@/tests/factories/pledge";
import { countMessagesWaiting } from "./count-messages-waiting";
import { listModerationQueue, listQueueFacets } from "./list-moderation-queue";
import { parseQueueFilter, QUEUE_PAGE_SIZE, queueQuery } from "./queue-filter";

afterAll(() => db().$disconnect());

const filter = (query: Record<string, string> = {}) => parseQueueFilter(query);
const texts = (page: { items: { text: string }[] }) => page.items.map((item) => item.text);

async function campaignWithMessages() {
  const campaign = await createTestCampaign({ sensitiveCountries: ["BY"] });
  const at = (minutes: number) => new Date(Date.UTC(2026, 7, 4, 10, minutes));
  await createMessagePledge(campaign.id, { message: "Solidarity from Warsaw", createdAt: at(1) });
  await createMessagePledge(campaign.id, { message: "see example.com", messageStatus: "HELD", messageHeldReason: "link", locale: "ru", country: "LT", createdAt: at(2) });
  await createMessagePledge(campaign.id, { message: "call +375291234567", messageStatus: "HELD", messageHeldReason: "phone", locale: "be", country: "BY", displayMode: "ANONYMOUS", createdAt: at(3) });
  await createMessagePledge(campaign.id, { message: "Approved words", messageStatus: "APPROVED", messageModeratedAt: at(10), createdAt: at(4) });
  await createMessagePledge(campaign.id, { message: "Featured words", messageStatus: "APPROVED", messageFeatured: true, messageModeratedAt: at(11), createdAt: at(5) });
  await createMessagePledge(campaign.id, { message: "Rejected words", messageStatus: "REJECTED", messageModeratedAt: at(12), createdAt: at(6) });
  // Never in the queue: an unconfirmed pledge's message and a pledge without one.
  await createMessagePledge(campaign.id, { message: "Unconfirmed", status: "PENDING", confirmedAt: null });
  await createMessagePledge(campaign.id, { message: null, messageStatus: null });
  return campaign;
}

describe("listModerationQueue", () => {
  it("shows waiting messages of confirmed pledges oldest first, with the public name and reasons", async () => {
    const campaign = await campaignWithMessages();
    const moderator = await createOrganiser("MODERATOR");
    const page = await listModerationQueue(moderator, campaign, filter());
    expect(texts(page)).toEqual(["Solidarity from Warsaw", "see example.com", "call +375291234567"]);
    expect(page.items[0]).toMatchObject({ displayName: "Anna Kowalska", country: "PL", language: "en", status: "PENDING", heldReasons: [], hiddenFromWall: false });
    expect(page.items[2]).toMatchObject({ displayName: null, country: "BY", language: "be", status: "HELD", heldReasons: ["phone"], hiddenFromWall: true });
    expect(page).toMatchObject({ total: 3, page: 1, pageCount: 1 });
  });

  it("filters by status, language, country, held reason and text", async () => {
    const campaign = await campaignWithMessages();
    const moderator = await createOrganiser("MODERATOR");
    const list = async (query: Record<string, string>) => texts(await listModerationQueue(moderator, campaign, filter(query)));
    expect(await list({ status: "HELD" })).toEqual(["see example.com", "call +375291234567"]);
    expect(await list({ status: "APPROVED" })).toEqual(["Featured words", "Approved words"]);
    expect(await list({ status: "featured" })).toEqual(["Featured words"]);
    expect(await list({ status: "REJECTED" })).toEqual(["Rejected words"]);
    expect(await list({ status: "all" })).toHaveLength(6);
    expect(await list({ language: "ru" })).toEqual(["see example.com"]);
    expect(await list({ country: "by" })).toEqual(["call +375291234567"]);
    expect(await list({ reason: "link" })).toEqual(["see example.com"]);
    expect(await list({ status: "all", q: "WORDS" })).toEqual(["Rejected words", "Featured words", "Approved words"]);
    expect(await list({ q: "nothing like this" })).toEqual([]);
  });

  it("pages through long queues", async () => {
    const campaign = await createTestCampaign();
    const moderator = await createOrganiser("MODERATOR");
    for (let index = 0; index < QUEUE_PAGE_SIZE + 3; index++) {
      await createMessagePledge(campaign.id, { message: `message ${index}`, createdAt: new Date(Date.UTC(2026, 7, 4, 10, 0, index)) });
    }
    const first = await listModerationQueue(moderator, campaign, filter());
    const second = await listModerationQueue(moderator, campaign, filter({ page: "2" }));
    expect(first.items).toHaveLength(QUEUE_PAGE_SIZE);
    expect(texts(second)).toEqual(["message 50", "message 51", "message 52"]);
    expect(second).toMatchObject({ total: QUEUE_PAGE_SIZE + 3, page: 2, pageCount: 2 });
    // A page beyond the end shows the last one, so acting on the last messages never strands you.
    expect((await listModerationQueue(moderator, campaign, filter({ page: "9" }))).page).toBe(2);
  });

  it("is refused to viewers; the waiting count is not", async () => {
    const campaign = await campaignWithMessages();
    const viewer = await createOrganiser("VIEWER");
    await expect(listModerationQueue(viewer, campaign, filter())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listQueueFacets(viewer, campaign.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await countMessagesWaiting(viewer, campaign.id)).toBe(3);
  });

  it("says which messages belong to a pledge held for review, and shows one pledge's message for the audit log's link", async () => {
    const campaign = await createTestCampaign();
    const moderator = await createOrganiser("MODERATOR");
    const held = await createMessagePledge(campaign.id, { message: "Held pledge, approved message", status: "PENDING_REVIEW", messageStatus: "APPROVED", messageModeratedAt: new Date() });
    await createMessagePledge(campaign.id, { message: "Counted pledge", messageStatus: "APPROVED", messageModeratedAt: new Date() });
    const approved = await listModerationQueue(moderator, campaign, filter({ status: "APPROVED" }));
    expect(approved.items.map(({ text, pledgeInReview }) => ({ text, pledgeInReview }))).toEqual([
      { text: "Counted pledge", pledgeInReview: false },
      { text: "Held pledge, approved message", pledgeInReview: true },
    ]);
    const one = await listModerationQueue(moderator, campaign, filter({ status: "all", pledge: held.id.toUpperCase() }));
    expect(texts(one)).toEqual(["Held pledge, approved message"]);
  });

  it("offers the languages and countries that have messages", async () => {
    const campaign = await campaignWithMessages();
    const moderator = await createOrganiser("MODERATOR");
    expect(await listQueueFacets(moderator, campaign.id)).toEqual({ languages: ["be", "en", "ru"], countries: ["BY", "LT", "PL"] });
  });
});

describe("parseQueueFilter", () => {
  it("keeps valid filters, drops the rest, and writes them back as a query", () => {
    const parsed = parseQueueFilter({ status: "HELD", language: "BE", country: "by", reason: "link", q: "  hi ", page: "3" });
    expect(parsed).toEqual({ status: "HELD", language: "be", country: "BY", reason: "link", search: "hi", page: 3 });
    expect(queueQuery(parsed, { page: 1 })).toBe("?status=HELD&language=be&country=BY&reason=link&q=hi");
    expect(parseQueueFilter({ status: "DROP TABLE", country: "Belarus", reason: "x", page: "-1" })).toEqual({ status: "open", page: 1 });
    expect(queueQuery(parseQueueFilter({}))).toBe("");
    expect(parseQueueFilter({ pledge: "not-a-uuid" })).toEqual({ status: "open", page: 1 });
  });
});
