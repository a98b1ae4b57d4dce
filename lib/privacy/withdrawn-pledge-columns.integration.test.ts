import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { moderateMessage } from "@/lib/moderation/moderate-message";
import { moderateMessageSchema } from "@/lib/moderation/moderation-schemas";
import { issuePledgeTokens } from "@/lib/pledges/pledge-tokens";
import { withdrawPledge } from "@/lib/pledges/withdraw-pledge";
import { readCountryTallies } from "@/lib/stats/read-tallies";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { createTestCampaign } from "@/tests/factories/campaign";
import { createOrganiser } from "@/tests/factories/organiser";
import { createMessagePledge } from "@/tests/factories/pledge";
import { ERASED_ON_WITHDRAWAL } from "./erased-fields";
import { ERASED_COLUMNS, KEPT_COLUMNS, MINUTE_COLUMNS } from "./withdrawn-pledge-columns";

afterAll(() => db().$disconnect());

const HRODNA = { cityName: "Hrodna", cityLatitude: 53.6884, cityLongitude: 23.8258, cityGeonameId: 627904 };

async function pledgeColumns(): Promise<string[]> {
  const rows = await db().$queryRaw<{ column_name: string }[]>`
    SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'Pledge'`;
  return rows.map((row) => row.column_name).sort();
}

async function rowOf(id: string): Promise<Record<string, unknown>> {
  const [row] = await db().$queryRaw<Record<string, unknown>[]>`SELECT * FROM "Pledge" WHERE "id" = ${id}::uuid`;
  return row!;
}

const toTheMinute = (value: unknown) => (value instanceof Date ? new Date(Math.floor(value.getTime() / 60_000) * 60_000) : value);

describe("what withdrawal leaves of a pledge", () => {
  it("classifies every column of Pledge in the database as erased, kept, or kept to the minute, each once", async () => {
    const classified = [...ERASED_COLUMNS, ...Object.keys(KEPT_COLUMNS), ...MINUTE_COLUMNS];
    expect(new Set(classified).size).toBe(classified.length);
    expect(classified.sort()).toEqual(await pledgeColumns());
  });

  it("erases every column derived from the person (city, moderation, display, language, abuse signals) and the country count still drops", async () => {
    const campaign = await createTestCampaign();
    const moderator = await createOrganiser("MODERATOR");
    const at = new Date("2026-08-04T10:15:30.123Z");
    const { id } = await createMessagePledge(campaign.id, {
      country: "BY",
      ...HRODNA,
      locale: "be",
      displayMode: "FIRST_NAME_INITIAL",
      publicInSensitiveCountry: true,
      consentUpdates: true,
      confirmationEmailsSent: 2,
      messageStatus: "HELD",
      messageHeldReason: "phone",
      messageFingerprint: "f".repeat(64),
      networkHash: "n".repeat(43),
      networkHashedAt: at,
      emailDomain: "example.org",
      reviewReason: "rate_limited",
      // The receipt's secret, as confirmation sets it: withdrawal must erase it (ADR 0046).
      logSecret: new Uint8Array(32).fill(7),
      createdAt: at,
      confirmedAt: new Date("2026-08-04T10:16:45.678Z"),
    });
    const reject = moderateMessageSchema.parse({ pledgeId: id, decision: "reject", rejectReason: "other", rejectNote: "names her brother in Hrodna" });
    expect(await moderateMessage(moderator, campaign.id, reject)).toEqual({ ok: true });
    await runAggregatorTick();
    const belarusBefore = (await readCountryTallies(campaign.id)).BY ?? 0;
    const before = await rowOf(id);
    expect(before.messageRejectReason).toBe("names her brother in Hrodna");

    const { WITHDRAW: token } = await issuePledgeTokens(id, ["WITHDRAW"]);
    const withdrawnAt = new Date("2026-08-04T11:02:03.456Z");
    expect(await withdrawPledge(token, withdrawnAt)).toBe("withdrawn");

    const after = await rowOf(id);
    for (const column of ERASED_COLUMNS) expect({ [column]: after[column] }).toEqual({ [column]: ERASED_ON_WITHDRAWAL[column] });
    expect(before.logSecret).not.toBeNull();
    expect(after.logSecret).toBeNull();
    expect(after).toMatchObject({ country: "ZZ", cityGeonameId: null, messageModeratedBy: null, messageModeratedAt: null, messageRejectReason: null, locale: "und" });
    for (const column of Object.keys(KEPT_COLUMNS)) expect({ [column]: after[column] }).toEqual({ [column]: column === "status" ? "WITHDRAWN" : before[column] });
    for (const column of MINUTE_COLUMNS.filter((name) => name !== "withdrawnAt" && name !== "updatedAt")) {
      expect({ [column]: after[column] }).toEqual({ [column]: toTheMinute(before[column]) });
    }
    expect(after.withdrawnAt).toEqual(new Date("2026-08-04T11:02:00Z"));
    expect((after.updatedAt as Date).getUTCSeconds() + (after.updatedAt as Date).getUTCMilliseconds()).toBe(0);

    // The trigger took the country from the row as it was: Belarus lost exactly this pledge.
    await runAggregatorTick();
    expect((await readCountryTallies(campaign.id)).BY ?? 0).toBe(belarusBefore - 1);
    // The link used keeps answering "already withdrawn"; it is the only one left, its times to the minute.
    expect(await withdrawPledge(token)).toBe("already-withdrawn");
    const tokens = await db().pledgeToken.findMany({ where: { pledgeId: id }, select: { usedAt: true, createdAt: true } });
    expect(tokens).toHaveLength(1);
    expect([tokens[0]!.usedAt, toTheMinute(tokens[0]!.createdAt)]).toEqual([new Date("2026-08-04T11:02:00Z"), tokens[0]!.createdAt]);
  });
});
