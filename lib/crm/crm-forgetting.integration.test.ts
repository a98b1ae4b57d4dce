import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { invalidatePledges } from "@/lib/fraud/invalidate-pledges";
import { confirmPledge } from "@/lib/pledges/confirm-pledge";
import { issuePledgeTokens } from "@/lib/pledges/pledge-tokens";
import { anonymiseExpiredPledges } from "@/lib/privacy/anonymise-expired-pledges";
import { createTestCampaign } from "@/tests/factories/campaign";
import { createOrganiser } from "@/tests/factories/organiser";
import { insertPledge } from "@/tests/factories/pledge";
import { runDueJobs } from "@/tests/support/jobs";
import { OsdiServer } from "@/tests/support/osdi-server";
import { readCrmOverview } from "./read-crm-overview";
import { saveCrmSettings } from "./save-crm-settings";

// A supporter already in the organisers' CRM whom we disown (fraud invalidation) or forget
// (retention) goes the way of a withdrawal: unsubscribed in the CRM (a real OSDI server here) and
// listed on the admin page for removal.

const osdi = new OsdiServer();

beforeAll(async () => {
  await osdi.start(0);
});
afterAll(async () => {
  await osdi.stop();
  await db().$disconnect();
});

async function pushedSupporter() {
  const campaign = await createTestCampaign();
  const admin = await createOrganiser("ADMIN");
  await saveCrmSettings(admin, campaign.id, { endpointUrl: osdi.baseUrl, apiKey: osdi.apiKey, tags: "", enabled: "on" });
  const email = `supporter-${randomUUID()}@example.org`;
  const networkHash = `net-${randomUUID()}`;
  const id = await insertPledge(campaign.id, { status: "PENDING", name: "Anna Kowalska", email, country: "PL", networkHash, columns: { consentUpdates: true } });
  const { CONFIRM } = await issuePledgeTokens(id, ["CONFIRM"]);
  expect(await confirmPledge(CONFIRM)).toBe("confirmed");
  await runDueJobs();
  const identifier = osdi.person(email)?.identifier;
  expect(identifier).toEqual(expect.any(String));
  return { campaign, admin, id, email, networkHash, identifier };
}

async function expectUnsubscribedAndListed(supporter: Awaited<ReturnType<typeof pushedSupporter>>) {
  await runDueJobs();
  expect(osdi.person(supporter.email)?.status).toBe("unsubscribed");
  const overview = await readCrmOverview(supporter.admin, supporter.campaign.id);
  expect(overview.removals).toEqual([expect.objectContaining({ pledgeId: supporter.id, osdiIdentifier: supporter.identifier, unsubscribedAt: expect.any(Date) })]);
  // The address kept for the unsubscribe is gone once the CRM answered.
  expect(await db().crmPush.findUnique({ where: { pledgeId: supporter.id }, select: { unsubscribeEmailEncrypted: true } })).toEqual({ unsubscribeEmailEncrypted: null });
}

describe("CRM removal beyond withdrawal", () => {
  it("unsubscribes and lists for removal a pushed supporter invalidated as fraud", async () => {
    const supporter = await pushedSupporter();
    await invalidatePledges(supporter.admin, supporter.campaign.id, { criteria: { networkHash: supporter.networkHash, timeField: "createdAt", statuses: ["CONFIRMED"] }, reason: "One network", expected: 1 });
    await expectUnsubscribedAndListed(supporter);
  });

  it("unsubscribes and lists for removal a pushed supporter anonymised by retention", async () => {
    const supporter = await pushedSupporter();
    await db().campaign.update({ where: { id: supporter.campaign.id }, data: { closesAt: new Date("2026-01-01T00:00:00Z"), status: "CLOSED", retentionMonths: 1 } });
    expect(await anonymiseExpiredPledges(new Date("2026-03-01T00:00:00Z"))).toBeGreaterThanOrEqual(1);
    await expectUnsubscribedAndListed(supporter);
  });
});
