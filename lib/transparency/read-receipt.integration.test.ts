import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { confirmPledge } from "@/lib/pledges/confirm-pledge";
import { issuePledgeTokens } from "@/lib/pledges/pledge-tokens";
import { withdrawPledge } from "@/lib/pledges/withdraw-pledge";
import { insertPledge } from "@/tests/factories/pledge";
import { createTestCampaign } from "@/tests/factories/campaign";
import { commitmentInput, decodeReceiptCode, encodeReceiptCode as encode } from "@/lib/transparency/receipt-code";
import { findLeafByCommitment } from "@/lib/transparency/read-leaves";
import { readReceiptForConfirmationLink } from "./read-receipt";
import { drainTicks, liveCounts, minuteClock } from "@/tests/support/transparency-log";

afterAll(() => db().$disconnect());

describe("a supporter's receipt", () => {
  it("is shown through the confirmation link once confirmed, finds its leaf after the next tick, and means nothing after withdrawal", async () => {
    const campaign = await createTestCampaign({ sensitiveCountries: ["BY"] });
    const id = await insertPledge(campaign.id, { status: "PENDING", country: "DE" });
    const { CONFIRM: confirm, WITHDRAW: withdraw } = await issuePledgeTokens(id, ["CONFIRM", "WITHDRAW"]);
    expect(await readReceiptForConfirmationLink(confirm)).toBeNull();

    expect(await confirmPledge(confirm)).toBe("confirmed");
    const code = await readReceiptForConfirmationLink(confirm);
    expect(code).toMatch(/^([a-z2-7]{4}-){12}[a-z2-7]{4}$/);
    const commitment = createHash("sha256").update(commitmentInput(decodeReceiptCode(code!)!)).digest();
    // Confirmation itself appends nothing: the leaf comes with the aggregator's next tick.
    expect(await findLeafByCommitment(campaign.id, commitment)).toBeNull();
    const clock = minuteClock();
    await drainTicks(clock);
    expect(await findLeafByCommitment(campaign.id, commitment)).toMatchObject({ country: "DE", tombstonedBy: null });

    expect(await withdrawPledge(withdraw)).toBe("withdrawn");
    expect(await readReceiptForConfirmationLink(confirm)).toBeNull();
    expect(await db().pledge.findUniqueOrThrow({ where: { id }, select: { logSecret: true } })).toEqual({ logSecret: null });
    await drainTicks(clock);
    expect((await findLeafByCommitment(campaign.id, commitment))!.tombstonedBy).not.toBeNull();
    expect(await liveCounts(campaign.id)).toEqual({});
  });

  it("round-trips codes and refuses anything that is not a whole one", () => {
    const secret = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
    const code = encode(secret);
    expect(decodeReceiptCode(code)).toEqual(secret);
    expect(decodeReceiptCode(code.toUpperCase().replace(/-/g, " "))).toEqual(secret);
    expect(decodeReceiptCode(code.slice(0, -1))).toBeNull();
    expect(decodeReceiptCode(code.replace(/^./, "1"))).toBeNull();
  });
});

