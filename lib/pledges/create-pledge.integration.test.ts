import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { SigningClosedError } from "@/lib/errors";
import { decryptPersonal, emailLookupHash } from "@/lib/privacy/personal-data";
import { createTestCampaign } from "@/tests/factories/campaign";
import { pledgeInput } from "@/tests/factories/pledge";
import { queuedJobs } from "@/tests/support/jobs";
import { createPledge, MAX_CONFIRMATION_EMAILS } from "./create-pledge";

afterAll(() => db().$disconnect());

async function jobsFor(pledgeId: string) {
  return (await queuedJobs()).filter((job) => (job.payload as { pledgeId: string }).pledgeId === pledgeId);
}

async function pledgeOf(campaignId: string) {
  return db().pledge.findFirstOrThrow({ where: { campaignId }, select: { id: true, status: true, confirmationEmailsSent: true, displayMode: true, publicInSensitiveCountry: true, message: true, messageStatus: true } });
}

describe("createPledge", () => {
  it("stores a PENDING pledge whose name and email are unreadable without the key", async () => {
    const campaign = await createTestCampaign();
    expect(await createPledge(campaign, pledgeInput({ email: "Secret.Person@Example.org" }), "en")).toBe("created");

    // Read the row the way a database thief would: raw SQL, no application code.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query('SELECT * FROM "Pledge" WHERE "campaignId" = $1', [campaign.id]);
    await client.end();
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row.status).toBe("PENDING");
    expect(JSON.stringify(row).toLowerCase()).not.toContain("secret.person");
    expect(JSON.stringify(row)).not.toContain("Kowalska");
    expect(decryptPersonal(row.emailEncrypted, "pledge.email")).toBe("secret.person@example.org");
    expect(decryptPersonal(row.nameEncrypted, "pledge.name")).toBe("Anna Kowalska");
    expect(row.emailHash).toBe(emailLookupHash("secret.person@example.org"));
    expect(row).toMatchObject({ country: "PL", locale: "en", consentProcessing: true, confirmationEmailsSent: 1 });
  });

  it("enqueues the confirmation email in the same transaction", async () => {
    const campaign = await createTestCampaign();
    await createPledge(campaign, pledgeInput(), "be");
    const pledge = await pledgeOf(campaign.id);
    expect(await jobsFor(pledge.id)).toEqual([expect.objectContaining({ task: "send_pledge_email", payload: { pledgeId: pledge.id, kind: "confirm" } })]);
  });

  it("stores nothing new for a repeat email; a pending pledge gets its confirmation again, at most 3 in all", async () => {
    const campaign = await createTestCampaign();
    const input = pledgeInput();
    await createPledge(campaign, input, "en");
    const outcomes = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      outcomes.push(await createPledge(campaign, { ...input, email: `  ${input.email.toUpperCase()} ` }, "en"));
    }
    expect(outcomes).toEqual(["confirmation-resent", "confirmation-resent", "nothing-sent", "nothing-sent"]);
    const pledge = await pledgeOf(campaign.id);
    expect(await db().pledge.count({ where: { campaignId: campaign.id } })).toBe(1);
    expect(pledge.confirmationEmailsSent).toBe(MAX_CONFIRMATION_EMAILS);
    expect(await jobsFor(pledge.id)).toHaveLength(MAX_CONFIRMATION_EMAILS);
  });

  it("sends a confirmed supporter who signs again an 'already signed' email instead", async () => {
    const campaign = await createTestCampaign();
    const input = pledgeInput();
    await createPledge(campaign, input, "en");
    const pledge = await pledgeOf(campaign.id);
    await db().pledge.update({ where: { id: pledge.id }, data: { status: "CONFIRMED", confirmedAt: new Date() } });
    expect(await createPledge(campaign, input, "en")).toBe("already-signed");
    expect((await jobsFor(pledge.id)).map((job) => job.payload)).toEqual([
      { pledgeId: pledge.id, kind: "confirm" },
      { pledgeId: pledge.id, kind: "already-signed" },
    ]);
  });

  it("handles two simultaneous sign-ups with the same email as one pledge", async () => {
    const campaign = await createTestCampaign();
    const input = pledgeInput();
    const outcomes = await Promise.all([createPledge(campaign, input, "en"), createPledge(campaign, input, "en")]);
    expect(outcomes.sort()).toEqual(["confirmation-resent", "created"]);
    expect(await db().pledge.count({ where: { campaignId: campaign.id } })).toBe(1);
  });

  it("lets the same person pledge to two campaigns", async () => {
    const [first, second] = [await createTestCampaign(), await createTestCampaign()];
    const input = pledgeInput();
    await createPledge(first, input, "en");
    expect(await createPledge(second, input, "en")).toBe("created");
  });

  it("refuses pledges while signing is paused and stores nothing", async () => {
    const campaign = await createTestCampaign({ signingOpen: false });
    await expect(createPledge(campaign, pledgeInput(), "en")).rejects.toBeInstanceOf(SigningClosedError);
    expect(await db().pledge.count({ where: { campaignId: campaign.id } })).toBe(0);
  });

  it("keeps supporters in sensitive countries anonymous unless they opt in", async () => {
    const campaign = await createTestCampaign({ sensitiveCountries: ["BY"] });
    await createPledge(campaign, pledgeInput({ country: "BY", displayMode: "FULL_NAME" }), "be");
    expect(await pledgeOf(campaign.id)).toMatchObject({ displayMode: "ANONYMOUS", publicInSensitiveCountry: false });

    const optedIn = await createTestCampaign({ sensitiveCountries: ["BY"] });
    await createPledge(optedIn, pledgeInput({ country: "BY", displayMode: "FULL_NAME", publicInSensitiveCountry: "on" }), "be");
    expect(await pledgeOf(optedIn.id)).toMatchObject({ displayMode: "FULL_NAME", publicInSensitiveCountry: true });

    const elsewhere = await createTestCampaign({ sensitiveCountries: ["BY"] });
    await createPledge(elsewhere, pledgeInput({ country: "PL", displayMode: "FULL_NAME", publicInSensitiveCountry: "on" }), "en");
    expect(await pledgeOf(elsewhere.id)).toMatchObject({ displayMode: "FULL_NAME", publicInSensitiveCountry: false });
  });

  it("places a known city at the gazetteer's coordinates and keeps an unknown one as text only", async () => {
    const campaign = await createTestCampaign();
    await createPledge(campaign, pledgeInput({ country: "PL", city: "Warszawa" }), "en");
    const known = await db().pledge.findFirstOrThrow({ where: { campaignId: campaign.id }, select: { cityName: true, cityLatitude: true, cityLongitude: true } });
    expect(known.cityName).toBe("Warsaw");
    expect(known.cityLatitude).toBeCloseTo(52.23, 1);
    expect(known.cityLongitude).toBeCloseTo(21.01, 1);

    const other = await createTestCampaign();
    await createPledge(other, pledgeInput({ country: "PL", city: "Nowhere Village  42" }), "en");
    const unknown = await db().pledge.findFirstOrThrow({ where: { campaignId: other.id }, select: { cityName: true, cityLatitude: true, cityLongitude: true } });
    expect(unknown).toEqual({ cityName: "Nowhere Village 42", cityLatitude: null, cityLongitude: null });
  });

  it("keeps messages for moderation", async () => {
    const campaign = await createTestCampaign();
    await createPledge(campaign, pledgeInput({ message: "We are with you." }), "ru");
    expect(await pledgeOf(campaign.id)).toMatchObject({ message: "We are with you.", messageStatus: "PENDING" });
  });
});
