import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { DecryptionError } from "@/lib/errors";
import { createTestCampaign } from "@/tests/factories/campaign";
import { decryptField, encryptField } from "./encryption";
import { decryptPersonal } from "./personal-data";
import { rotateEncryptionKey } from "./rotate-encryption-key";

afterAll(async () => {
  await db().$disconnect();
});

describe("keys:rotate and the CRM's secrets", () => {
  it("re-encrypts the CRM's API key and a pending unsubscribe address under the new key", async () => {
    const oldKey = randomBytes(32);
    const newKey = serverEnv().encryptionKey;
    const campaign = await createTestCampaign();
    await db().crmConnection.create({ data: { campaignId: campaign.id, endpointUrl: "https://crm.example.org/api/v2", apiKeyEncrypted: encryptField("the-api-key", oldKey, "crm.api_key"), updatedBy: "cli" } });
    const pledgeId = randomUUID();
    await db().crmPush.create({ data: { pledgeId, campaignId: campaign.id, state: "PUSHED", queuedAt: new Date(), unsubscribeEmailEncrypted: encryptField("leaving@example.org", oldKey, "crm.unsubscribe_email") } });

    await rotateEncryptionKey({ previousKey: oldKey, newKey });

    const connection = await db().crmConnection.findUniqueOrThrow({ where: { campaignId: campaign.id }, select: { apiKeyEncrypted: true } });
    const push = await db().crmPush.findUniqueOrThrow({ where: { pledgeId }, select: { unsubscribeEmailEncrypted: true } });
    expect(decryptPersonal(connection.apiKeyEncrypted!, "crm.api_key")).toBe("the-api-key");
    expect(decryptPersonal(push.unsubscribeEmailEncrypted!, "crm.unsubscribe_email")).toBe("leaving@example.org");
    expect(() => decryptField(connection.apiKeyEncrypted!, oldKey, "crm.api_key")).toThrow(DecryptionError);
  });
});
