import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPledge } from "@/lib/pledges/create-pledge";
import { createTestCampaign } from "@/tests/factories/campaign";
import { pledgeInput } from "@/tests/factories/pledge";

// The rules as a supporter meets them: through createPledge, the only writer of new messages.

afterAll(() => db().$disconnect());

async function sign(campaign: Awaited<ReturnType<typeof createTestCampaign>>, message: string, locale = "en") {
  const input = pledgeInput({ message });
  await createPledge(campaign, input, locale);
  return db().pledge.findFirstOrThrow({
    where: { campaignId: campaign.id, message: input.message },
    orderBy: { createdAt: "desc" },
    select: { messageStatus: true, messageHeldReason: true },
  });
}

describe("new messages", () => {
  it("wait as PENDING when no rule applies, and stay empty without a message", async () => {
    const campaign = await createTestCampaign();
    expect(await sign(campaign, "We are with you.")).toEqual({ messageStatus: "PENDING", messageHeldReason: null });
    await createPledge(campaign, pledgeInput(), "en");
    expect(await db().pledge.count({ where: { campaignId: campaign.id, messageStatus: null } })).toBe(1);
  });

  it("are HELD with every reason that applies", async () => {
    const campaign = await createTestCampaign();
    expect(await sign(campaign, "Write to anna@example.org or call +48 601 234 567")).toEqual({ messageStatus: "HELD", messageHeldReason: "email,phone" });
  });

  it("use the block list of the pledge's language plus the list for every language", async () => {
    const campaign = await createTestCampaign({ blockedWords: { ru: ["дурак"], en: ["dumb"], "*": ["casino"] } });
    expect(await sign(campaign, "Кто это написал — ДУРАК", "ru")).toMatchObject({ messageStatus: "HELD", messageHeldReason: "blocked_word" });
    expect(await sign(campaign, "Кто это написал — ДУРАК", "en")).toMatchObject({ messageStatus: "PENDING" });
    expect(await sign(campaign, "Best Casino here", "be")).toMatchObject({ messageStatus: "HELD", messageHeldReason: "blocked_word" });
  });

  it("hold a text once three others in the campaign already say the same", async () => {
    const campaign = await createTestCampaign();
    const other = await createTestCampaign();
    await sign(other, "Free them all");
    for (const text of ["Free them all", "free them ALL!", "Free  them all."]) {
      expect(await sign(campaign, text)).toMatchObject({ messageStatus: "PENDING" });
    }
    expect(await sign(campaign, "FREE THEM ALL")).toEqual({ messageStatus: "HELD", messageHeldReason: "duplicate" });
  });
});
