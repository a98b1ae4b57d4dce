import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { createTestCampaign } from "@/tests/factories/campaign";
import { createOrganiser } from "@/tests/factories/organiser";
import { createMessagePledge } from "@/tests/factories/pledge";
import { bulkModerateMessages } from "./bulk-moderate-messages";
import { createTranslator } from "use-intl/core";
import englishMessages from "@/messages/en/admin-moderation.json";
import russianMessages from "@/messages/ru/admin-moderation.json";
import { describeHandled, type HandledTranslate } from "./message-handled";
import { moderateMessage } from "./moderate-message";
import { moderateMessageSchema, type ModerateMessageInput } from "./moderation-schemas";

afterAll(() => db().$disconnect());

const decide = (fields: Record<string, string>): ModerateMessageInput => moderateMessageSchema.parse(fields);
const messageOf = (id: string) =>
  db().pledge.findUniqueOrThrow({
    where: { id },
    select: { messageStatus: true, messageFeatured: true, messageModeratedBy: true, messageModeratedAt: true, messageRejectReason: true },
  });
const auditOf = (id: string) => db().auditLogEntry.findMany({ where: { targetType: "pledge", targetId: id }, orderBy: { id: "asc" } });

describe("moderateMessage", () => {
  it("approves, features, unfeatures and rejects, each with an audit entry naming the moderator", async () => {
    const campaign = await createTestCampaign();
    const moderator = await createOrganiser("MODERATOR");
    const { id } = await createMessagePledge(campaign.id, { messageStatus: "HELD", messageHeldReason: "link" });

    expect(await moderateMessage(moderator, campaign.id, decide({ pledgeId: id, decision: "approve" }))).toEqual({ ok: true });
    expect(await messageOf(id)).toMatchObject({ messageStatus: "APPROVED", messageFeatured: false, messageModeratedBy: moderator.email });
    await moderateMessage(moderator, campaign.id, decide({ pledgeId: id, decision: "feature", seen: "APPROVED" }));
    expect(await messageOf(id)).toMatchObject({ messageStatus: "APPROVED", messageFeatured: true });
    await moderateMessage(moderator, campaign.id, decide({ pledgeId: id, decision: "unfeature", seen: "APPROVED" }));
    await moderateMessage(moderator, campaign.id, decide({ pledgeId: id, decision: "reject", seen: "APPROVED", rejectReason: "other", rejectNote: "names a prisoner's family" }));
    expect(await messageOf(id)).toMatchObject({ messageStatus: "REJECTED", messageFeatured: false, messageRejectReason: "names a prisoner's family" });

    const entries = await auditOf(id);
    expect(entries.map((entry) => [entry.action, entry.actorLabel, entry.details])).toEqual([
      ["message.approve", moderator.email, { from: "open" }],
      ["message.feature", moderator.email, { from: "APPROVED" }],
      ["message.unfeature", moderator.email, { from: "APPROVED" }],
      // The audit log, which nothing can erase, gets the reason's code, never the moderator's words.
      ["message.reject", moderator.email, { from: "APPROVED", reason: "other" }],
    ]);
  });

  it("features a waiting message in one step (approved and featured)", async () => {
    const campaign = await createTestCampaign();
    const admin = await createOrganiser("ADMIN");
    const { id } = await createMessagePledge(campaign.id);
    await moderateMessage(admin, campaign.id, decide({ pledgeId: id, decision: "feature" }));
    expect(await messageOf(id)).toMatchObject({ messageStatus: "APPROVED", messageFeatured: true });
  });

  it("refuses viewers and leaves the message and the log untouched", async () => {
    const campaign = await createTestCampaign();
    const viewer = await createOrganiser("VIEWER");
    const { id } = await createMessagePledge(campaign.id);
    await expect(moderateMessage(viewer, campaign.id, decide({ pledgeId: id, decision: "approve" }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(bulkModerateMessages(viewer, campaign.id, { pledgeIds: [id], decision: "approve", rejectNote: "" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await messageOf(id)).toMatchObject({ messageStatus: "PENDING", messageModeratedBy: null });
    expect(await auditOf(id)).toEqual([]);
  });

  it("needs a reason to reject, and the moderator's words for 'other'", () => {
    const id = crypto.randomUUID();
    expect(moderateMessageSchema.safeParse({ pledgeId: id, decision: "reject" }).error?.issues[0]?.message).toBe("rejectReasonRequired");
    expect(moderateMessageSchema.safeParse({ pledgeId: id, decision: "reject", rejectReason: "other" }).error?.issues[0]?.message).toBe("rejectNoteRequired");
    expect(moderateMessageSchema.safeParse({ pledgeId: id, decision: "reject", rejectReason: "spam" }).success).toBe(true);
  });

  it("refuses a decision that makes no sense from the state seen", async () => {
    const campaign = await createTestCampaign();
    const moderator = await createOrganiser("MODERATOR");
    const { id } = await createMessagePledge(campaign.id);
    await expect(moderateMessage(moderator, campaign.id, decide({ pledgeId: id, decision: "unfeature" }))).rejects.toBeInstanceOf(ValidationError);
  });

  it("never touches another campaign's message", async () => {
    const campaign = await createTestCampaign();
    const other = await createTestCampaign();
    const moderator = await createOrganiser("MODERATOR");
    const { id } = await createMessagePledge(other.id);
    const result = await moderateMessage(moderator, campaign.id, decide({ pledgeId: id, decision: "approve" }));
    expect(result.ok).toBe(false);
    expect(await messageOf(id)).toMatchObject({ messageStatus: "PENDING" });
  });
});

describe("a rejection's note", () => {
  it("stays on the pledge only; the audit log of a bulk rejection gets the reason's code", async () => {
    const campaign = await createTestCampaign();
    const moderator = await createOrganiser("MODERATOR");
    const { id } = await createMessagePledge(campaign.id);
    await bulkModerateMessages(moderator, campaign.id, { pledgeIds: [id], decision: "reject", rejectReason: "personal_data", rejectNote: "her cell number" });
    expect(await messageOf(id)).toMatchObject({ messageStatus: "REJECTED", messageRejectReason: "personal_data: her cell number" });
    expect((await auditOf(id)).map((entry) => entry.details)).toEqual([{ from: "open", reason: "personal_data" }]);
  });
});

describe("two moderators at once", () => {
  it("lets exactly one of two concurrent decisions win; the other learns who won and when", async () => {
    const campaign = await createTestCampaign();
    const alice = await createOrganiser("MODERATOR", "alice");
    const bob = await createOrganiser("MODERATOR", "bob");
    for (let round = 0; round < 5; round++) {
      const { id } = await createMessagePledge(campaign.id);
      const results = await Promise.all([
        moderateMessage(alice, campaign.id, decide({ pledgeId: id, decision: "approve" })),
        moderateMessage(bob, campaign.id, decide({ pledgeId: id, decision: "reject", rejectReason: "spam" })),
      ]);
      const winners = results.filter((result) => result.ok);
      expect(winners).toHaveLength(1);
      const loser = results.find((result) => !result.ok);
      const stored = await messageOf(id);
      const winner = results[0]!.ok ? alice : bob;
      expect(stored).toMatchObject({ messageStatus: winner === alice ? "APPROVED" : "REJECTED", messageModeratedBy: winner.email });
      expect(loser).toEqual({ ok: false, handled: { status: stored.messageStatus, featured: false, by: winner.email, at: stored.messageModeratedAt } });
      expect(await auditOf(id)).toHaveLength(1);
    }
  });

  it("bulk actions skip what someone else handled meanwhile", async () => {
    const campaign = await createTestCampaign();
    const alice = await createOrganiser("MODERATOR", "alice");
    const bob = await createOrganiser("MODERATOR", "bob");
    const ids = await Promise.all([1, 2, 3, 4].map(() => createMessagePledge(campaign.id).then((pledge) => pledge.id)));
    const [aliceResult, bobResult] = await Promise.all([
      bulkModerateMessages(alice, campaign.id, { pledgeIds: ids, decision: "approve", rejectNote: "" }),
      bulkModerateMessages(bob, campaign.id, { pledgeIds: [...ids].reverse(), decision: "reject", rejectReason: "spam", rejectNote: "" }),
    ]);
    expect(aliceResult.applied + bobResult.applied).toBe(4);
    expect(aliceResult.alreadyHandled + bobResult.alreadyHandled).toBe(4);
    for (const id of ids) expect(await auditOf(id)).toHaveLength(1);
  });
});

// The moderator's own language, from the message files the queue reads.
const translator = (messages: typeof englishMessages, locale: string) =>
  createTranslator({ locale, messages, namespace: "adminModeration.handled" }) as unknown as HandledTranslate;
const english = translator(englishMessages, "en");

describe("describeHandled", () => {
  it("says what happened, by whom and when", () => {
    expect(describeHandled({ status: "APPROVED", featured: false, by: "alice@example.org", at: new Date("2026-08-04T10:02:30Z") }, english, "en")).toBe(
      "Already approved by alice@example.org at 10:02 UTC (2026-08-04).",
    );
    expect(describeHandled({ status: "REJECTED", featured: false, by: null, at: null }, english, "en")).toBe("Already rejected.");
    expect(describeHandled({ status: null, featured: false, by: null, at: null }, english, "en")).toMatch(/no longer exists/);
  });

  it("speaks the moderator's language, with the date in its order", () => {
    const russian = describeHandled({ status: "APPROVED", featured: false, by: "alice@example.org", at: new Date("2026-08-04T10:02:30Z") }, translator(russianMessages as typeof englishMessages, "ru"), "ru");
    expect(russian).toContain("alice@example.org");
    expect(russian).toContain("10:02 UTC");
    expect(russian).toContain("04.08.2026");
    expect(russian).not.toContain("Already");
  });
});
