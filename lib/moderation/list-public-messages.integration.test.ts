import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { emailLookupHash, encryptPersonal } from "@/lib/privacy/personal-data";
import { createTestCampaign } from "@/tests/factories/campaign";
import { listPublicMessages } from "./list-public-messages";

afterAll(() => db().$disconnect());

let counter = 0;
async function addPledge(campaignId: string, data: Partial<Prisma.PledgeUncheckedCreateInput> & { name?: string }) {
  const { name = "Anna Kowalska", ...rest } = data;
  counter += 1;
  await db().pledge.create({
    data: {
      campaignId,
      nameEncrypted: encryptPersonal(name, "pledge.name"),
      emailEncrypted: encryptPersonal(`m${counter}@example.org`, "pledge.email"),
      emailHash: emailLookupHash(`m${counter}-${campaignId}@example.org`),
      country: "PL",
      locale: "en",
      consentProcessing: true,
      status: "CONFIRMED",
      confirmedAt: new Date(Date.now() - counter * 1000),
      message: `message ${counter}`,
      messageStatus: "APPROVED",
      ...rest,
    },
  });
}

describe("listPublicMessages", () => {
  it("shows approved messages of confirmed supporters, featured first, with the chosen name", async () => {
    const campaign = await createTestCampaign({ sensitiveCountries: ["BY"] });
    await addPledge(campaign.id, { message: "full", displayMode: "FULL_NAME" });
    await addPledge(campaign.id, { message: "initial", displayMode: "FIRST_NAME_INITIAL" });
    await addPledge(campaign.id, { message: "anonymous", displayMode: "ANONYMOUS" });
    await addPledge(campaign.id, { message: "featured", displayMode: "ANONYMOUS", messageFeatured: true, confirmedAt: new Date(0) });
    await addPledge(campaign.id, { message: "pending", messageStatus: "PENDING" });
    await addPledge(campaign.id, { message: "rejected", messageStatus: "REJECTED" });
    await addPledge(campaign.id, { message: "unconfirmed", status: "PENDING" });

    const messages = await listPublicMessages(campaign, { limit: 10 });
    expect(messages.map((message) => [message.text, message.displayName])).toEqual([
      ["featured", null],
      ["full", "Anna Kowalska"],
      ["initial", "Anna K."],
      ["anonymous", null],
    ]);
  });

  it("never shows a message from a sensitive country unless its author opted in", async () => {
    const campaign = await createTestCampaign({ sensitiveCountries: ["BY"] });
    await addPledge(campaign.id, { message: "hidden", country: "BY", displayMode: "ANONYMOUS" });
    await addPledge(campaign.id, { message: "opted in", country: "BY", displayMode: "FULL_NAME", publicInSensitiveCountry: true, name: "Volha Ivanova" });
    const messages = await listPublicMessages(campaign, { limit: 10 });
    expect(messages.map((message) => [message.text, message.displayName, message.country])).toEqual([["opted in", "Volha Ivanova", "BY"]]);
  });

  it("honours the limit", async () => {
    const campaign = await createTestCampaign();
    for (let index = 0; index < 5; index++) await addPledge(campaign.id, {});
    expect(await listPublicMessages(campaign, { limit: 3 })).toHaveLength(3);
  });
});
