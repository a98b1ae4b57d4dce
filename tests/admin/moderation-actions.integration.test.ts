import { beforeEach, describe, expect, it, vi } from "vitest";
import { bulkModerateAction, moderateMessageAction, moderateMessageFromForm } from "@/app/admin/moderation/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { jar, signedIn } from "@/tests/support/auth";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { createMessagePledge } from "@/tests/factories/pledge";
import { decodeOutcome } from "@/lib/moderation/moderation-outcome";

// The queue's server actions as a browser calls them: the session comes from the cookie, the role
// is checked inside the action, and the answer is a FormState (or a redirect without JavaScript).

vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth"));
vi.mock("next/server", () => import("@/tests/support/next-after"));

beforeEach(() => jar.clear());

async function waitingMessage() {
  const slug = serverEnv().CAMPAIGN_SLUG;
  const campaign = await db().campaign.upsert({ where: { slug }, create: { slug, title: "Test campaign", goal: 100 }, update: {}, select: { id: true } });
  return (await createMessagePledge(campaign.id)).id;
}

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(key, one);
  return data;
};
const statusOf = async (id: string) => (await db().pledge.findUniqueOrThrow({ where: { id }, select: { messageStatus: true } })).messageStatus;

describe("moderation actions", () => {
  it("refuse anonymous callers and viewers, and change nothing", async () => {
    const id = await waitingMessage();
    const fields = { pledgeId: id, decision: "approve" };
    expect(await moderateMessageAction(initialFormState(), form(fields))).toMatchObject({ status: "failed", formError: "unauthorized" });
    expect(await bulkModerateAction(initialFormState(), form({ pledgeIds: [id], decision: "approve" }))).toMatchObject({ status: "failed", formError: "unauthorized" });
    await signedIn("VIEWER");
    expect(await moderateMessageAction(initialFormState(), form(fields))).toMatchObject({ status: "failed", formError: "forbidden" });
    expect(await bulkModerateAction(initialFormState(), form({ pledgeIds: [id], decision: "approve" }))).toMatchObject({ status: "failed", formError: "forbidden" });
    expect(await statusOf(id)).toBe("PENDING");
  });

  it("let a moderator decide once; a second decision is told who was first", async () => {
    const id = await waitingMessage();
    const { email } = await signedIn("MODERATOR");
    const first = await moderateMessageAction(initialFormState(), form({ pledgeId: id, decision: "approve" }));
    expect(decodeOutcome(first.outcome)).toEqual({ kind: "applied" });
    const second = await moderateMessageAction(initialFormState(), form({ pledgeId: id, decision: "reject", rejectReason: "spam" }));
    expect(decodeOutcome(second.outcome)).toMatchObject({ kind: "handled", handled: { status: "APPROVED", by: email } });
    expect(await statusOf(id)).toBe("APPROVED");
  });

  it("answer invalid input with field errors", async () => {
    await signedIn("MODERATOR");
    const id = await waitingMessage();
    expect(await moderateMessageAction(initialFormState(), form({ pledgeId: id, decision: "reject" }))).toMatchObject({ status: "invalid", fieldErrors: { rejectReason: ["rejectReasonRequired"] } });
    expect(await bulkModerateAction(initialFormState(), form({ decision: "approve" }))).toMatchObject({ status: "invalid", fieldErrors: { pledgeIds: ["selectionEmpty"] } });
  });

  it("bulk-approve the ticked messages", async () => {
    await signedIn("ADMIN");
    const ids = [await waitingMessage(), await waitingMessage()];
    const state = await bulkModerateAction(initialFormState(), form({ pledgeIds: ids, decision: "approve", rejectReason: "" }));
    expect(decodeOutcome(state.outcome)).toEqual({ kind: "bulk", applied: 2, alreadyHandled: 0 });
    for (const id of ids) expect(await statusOf(id)).toBe("APPROVED");
  });

  it("send a browser without JavaScript back to its view of the queue with the answer", async () => {
    await signedIn("MODERATOR");
    const id = await waitingMessage();
    const redirected = moderateMessageFromForm(form({ pledgeId: id, decision: "approve", returnTo: "?status=HELD&q=hi&done=old" }));
    await expect(redirected).rejects.toMatchObject({ digest: expect.stringContaining("/admin/moderation?status=HELD&q=hi&done=approve") });
    const again = moderateMessageFromForm(form({ pledgeId: id, decision: "approve", returnTo: "//evil.example/" }));
    await expect(again).rejects.toMatchObject({ digest: expect.stringContaining(`/admin/moderation?handled=${id}`) });
  });
});
