import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCampaign } from "@/tests/factories/campaign";
import { createMessagePledge } from "@/tests/factories/pledge";
import { PUBLIC_MESSAGES_PER_PAGE, publicMessagesPage } from "./public-messages-page";

afterAll(() => db().$disconnect());

describe("publicMessagesPage", () => {
  it("pages through approved messages, featured first then newest, never repeating one", async () => {
    const campaign = await createTestCampaign();
    const total = PUBLIC_MESSAGES_PER_PAGE + 2;
    for (let index = 0; index < total; index++) {
      await createMessagePledge(campaign.id, { message: `m${index}`, messageStatus: "APPROVED", confirmedAt: new Date(Date.UTC(2026, 7, 4, 10, index)) });
    }
    await createMessagePledge(campaign.id, { message: "oldest but featured", messageStatus: "APPROVED", messageFeatured: true, confirmedAt: new Date(0) });

    const first = await publicMessagesPage(campaign, undefined);
    const second = await publicMessagesPage(campaign, "2");
    expect(first.pageCount).toBe(2);
    expect(first.messages[0]).toMatchObject({ text: "oldest but featured", featured: true });
    expect(first.messages[1]?.text).toBe(`m${total - 1}`);
    const all = [...first.messages, ...second.messages].map((message) => message.text);
    expect(new Set(all).size).toBe(total + 1);
    expect(second.messages.at(-1)?.text).toBe("m0");
    expect((await publicMessagesPage(campaign, "99")).page).toBe(2);
    expect((await publicMessagesPage(campaign, "x")).page).toBe(1);
  });

  it("leaves out pending, held and rejected messages and sensitive-country supporters who did not opt in", async () => {
    const campaign = await createTestCampaign({ sensitiveCountries: ["BY", "RU"] });
    await createMessagePledge(campaign.id, { message: "approved", messageStatus: "APPROVED", displayMode: "FIRST_NAME_INITIAL" });
    for (const messageStatus of ["PENDING", "HELD", "REJECTED"] as const) await createMessagePledge(campaign.id, { message: messageStatus, messageStatus });
    await createMessagePledge(campaign.id, { message: "from Russia, not opted in", messageStatus: "APPROVED", country: "RU", displayMode: "ANONYMOUS" });
    await createMessagePledge(campaign.id, { message: "from Belarus, opted in anonymously", messageStatus: "APPROVED", country: "BY", displayMode: "ANONYMOUS", publicInSensitiveCountry: true });
    const { messages } = await publicMessagesPage(campaign, "1");
    expect(messages.map((message) => [message.text, message.displayName, message.country]).sort()).toEqual([
      ["approved", "Anna K.", "PL"],
      ["from Belarus, opted in anonymously", null, "BY"],
    ]);
  });
});
