import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { serverEnv } from "@/lib/env";
import { DecryptionError } from "@/lib/errors";
import { encryptWebhookSecret, generateWebhookSecret } from "@/lib/webhooks/webhook-secret";
import { createTestCampaign } from "@/tests/factories/campaign";
import { decryptField, encryptField } from "./encryption";
import { decryptPersonal } from "./personal-data";
import { ENCRYPTED_PLEDGE_COLUMNS, rotateEncryptionKey } from "./rotate-encryption-key";

afterAll(() => db().$disconnect());

async function pledgeUnder(key: Buffer, campaignId: string, name: string, email: string) {
  return db().pledge.create({
    data: {
      campaignId,
      nameEncrypted: encryptField(name, key, "pledge.name"),
      emailEncrypted: encryptField(email, key, "pledge.email"),
      emailHash: randomUUID(),
      country: "PL",
      locale: "en",
      consentProcessing: true,
    },
    select: { id: true },
  });
}

describe("rotateEncryptionKey", () => {
  it("re-encrypts every name and email from the old key to the new one, in batches, and can run again", async () => {
    const oldKey = randomBytes(32);
    const newKey = serverEnv().encryptionKey;
    const campaign = await createTestCampaign();
    const people = Array.from({ length: 7 }, (_, index) => ({ name: `Алесь ${index}`, email: `a${index}-${randomUUID()}@example.org` }));
    const ids = [];
    for (const person of people) ids.push((await pledgeUnder(oldKey, campaign.id, person.name, person.email)).id);

    const first = await rotateEncryptionKey({ previousKey: oldKey, newKey, batchSize: 3 });
    expect(first.rotated).toBe(people.length * 2);
    const rows = await db().pledge.findMany({ where: { id: { in: ids } }, select: { id: true, nameEncrypted: true, emailEncrypted: true } });
    for (const row of rows) {
      const person = people[ids.indexOf(row.id)]!;
      expect(decryptPersonal(row.nameEncrypted!, "pledge.name")).toBe(person.name);
      expect(decryptPersonal(row.emailEncrypted!, "pledge.email")).toBe(person.email);
      expect(() => decryptField(row.emailEncrypted!, oldKey, "pledge.email")).toThrow(DecryptionError);
    }

    const again = await rotateEncryptionKey({ previousKey: oldKey, newKey, batchSize: 3 });
    expect(again.rotated).toBe(0);
    expect(again.alreadyCurrent).toBeGreaterThanOrEqual(people.length * 2);
  });

  it("re-encrypts the delivery pack's recipient addresses too", async () => {
    const oldKey = randomBytes(32);
    const campaign = await createTestCampaign();
    const email = `recipient-${randomUUID()}@example.org`;
    const { id } = await db().deliveryRecipient.create({ data: { campaignId: campaign.id, name: "Rapporteur", emailEncrypted: encryptField(email, oldKey, "delivery.email"), locale: "en" }, select: { id: true } });
    await rotateEncryptionKey({ previousKey: oldKey, newKey: serverEnv().encryptionKey });
    const row = await db().deliveryRecipient.findUniqueOrThrow({ where: { id }, select: { emailEncrypted: true } });
    expect(decryptPersonal(row.emailEncrypted, "delivery.email")).toBe(email);
  });

  it("re-encrypts webhook signing secrets too, so every endpoint can still be signed for", async () => {
    const oldKey = randomBytes(32);
    const campaign = await createTestCampaign();
    const secret = generateWebhookSecret();
    const { id } = await db().webhookEndpoint.create({
      data: { campaignId: campaign.id, url: "https://crm.example.org/hooks", events: ["pledge.confirmed"], secretEncrypted: encryptWebhookSecret(secret, oldKey), supporterKey: randomBytes(32) },
      select: { id: true },
    });
    await rotateEncryptionKey({ previousKey: oldKey, newKey: serverEnv().encryptionKey });
    const row = await db().webhookEndpoint.findUniqueOrThrow({ where: { id }, select: { secretEncrypted: true } });
    expect(decryptField(row.secretEncrypted, serverEnv().encryptionKey, "webhook.secret")).toBe(secret);
    await db().webhookEndpoint.delete({ where: { id } });
  });

  it("stops, changing nothing further, at a value that opens with neither key", async () => {
    const campaign = await createTestCampaign();
    const stranger = await pledgeUnder(randomBytes(32), campaign.id, "Nobody", "nobody@example.org");
    await expect(rotateEncryptionKey({ previousKey: randomBytes(32), newKey: serverEnv().encryptionKey })).rejects.toBeInstanceOf(DecryptionError);
    await db().pledge.delete({ where: { id: stranger.id } });
  });

  it("knows every encrypted column of the schema", () => {
    const encryptedColumns = Object.values(Prisma.PledgeScalarFieldEnum).filter((column) => column.endsWith("Encrypted"));
    expect(ENCRYPTED_PLEDGE_COLUMNS.map((entry) => entry.column).sort()).toEqual(encryptedColumns.sort());
  });
});
