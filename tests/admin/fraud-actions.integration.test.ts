import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { clearReviewAction } from "@/app/admin/review/actions";
import { runInvalidationAction, undoInvalidationAction } from "@/app/admin/fraud/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { jar, signedIn } from "@/tests/support/auth";
import { db } from "@/lib/db/client";
import { currentTestCampaign } from "@/tests/factories/campaign";
import { insertPledges } from "@/tests/factories/pledge";

// The organiser side of the fraud tools through their server actions, as a browser posts them:
// the role is checked inside each action, whatever the page showed.

vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth"));
vi.mock("next/server", () => import("@/tests/support/next-after"));

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
};

/** Where an action redirected to (Next's redirect() throws), or its returned state. */
async function post(action: (state: ReturnType<typeof initialFormState<string>>, data: FormData) => Promise<unknown>, data: FormData) {
  try {
    return { state: await action(initialFormState<string>(), data) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest.split(";")[2] };
  }
}

beforeEach(() => jar.clear());

describe("fraud actions", () => {
  it("refuse anonymous callers and viewers, and change nothing", async () => {
    const campaign = await currentTestCampaign();
    const networkHash = `net-${randomBytes(6).toString("hex")}`;
    const [held] = await insertPledges(campaign.id, 3, { networkHash, status: "PENDING_REVIEW", reviewReason: "flagged_source" });
    const run = form({ networkHash, reasonCode: "automated", expected: "3" });
    const undo = form({ invalidationId: crypto.randomUUID() });
    const clear = form({ only: held! });

    for (const [caller, code] of [["anonymous", "unauthorized"], ["VIEWER", "forbidden"]] as const) {
      jar.clear();
      if (caller === "VIEWER") await signedIn("VIEWER");
      for (const [action, data] of [[runInvalidationAction, run], [undoInvalidationAction, undo], [clearReviewAction, clear]] as const) {
        expect(await post(action, data)).toEqual({ state: expect.objectContaining({ status: "failed", formError: code }) });
      }
    }
    expect(await db().pledge.count({ where: { networkHash, status: "PENDING_REVIEW" } })).toBe(3);
  });

  it("let a moderator invalidate, undo and clear, each with an audit entry", async () => {
    const campaign = await currentTestCampaign();
    const networkHash = `net-${randomBytes(6).toString("hex")}`;
    const ids = await insertPledges(campaign.id, 4, { networkHash, status: "PENDING_REVIEW", reviewReason: "rate_limited" });
    const { email } = await signedIn("MODERATOR");

    const changed = await post(runInvalidationAction, form({ networkHash, reasonCode: "automated", reasonText: "data centre", expected: "5" }));
    expect(changed.redirect).toMatch(/^\/admin\/fraud\/invalidate\?.*previewed=5/);
    const invalid = await post(runInvalidationAction, form({ networkHash, reasonCode: "other", expected: "4" }));
    expect(invalid).toEqual({ state: expect.objectContaining({ status: "invalid", fieldErrors: { reasonText: ["reasonTextRequired"] } }) });

    expect(await post(runInvalidationAction, form({ networkHash, reasonCode: "automated", reasonText: "data centre", expected: "4" }))).toEqual({
      redirect: "/admin/fraud?done=invalidated&count=4",
    });
    const invalidation = await db().pledgeInvalidation.findFirstOrThrow({ where: { createdBy: email }, select: { id: true, reason: true } });
    expect(invalidation.reason).toBe("Automated sign-ups from one network: data centre");
    expect(await post(undoInvalidationAction, form({ invalidationId: invalidation.id }))).toEqual({ redirect: "/admin/fraud?done=undone&count=4" });
    expect(await post(undoInvalidationAction, form({ invalidationId: invalidation.id }))).toEqual({ state: expect.objectContaining({ formError: "conflict" }) });

    expect(await post(clearReviewAction, form({ pledgeId: ids.slice(0, 3), networkHash }))).toEqual({
      redirect: `/admin/review?networkHash=${networkHash}&cleared=3&skipped=0`,
    });
    expect(await post(clearReviewAction, form({}))).toEqual({ state: expect.objectContaining({ fieldErrors: { pledgeId: ["nothingSelected"] } }) });

    const actions = await db().auditLogEntry.findMany({ where: { actorLabel: email }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((entry) => entry.action)).toEqual(["pledges.invalidate", "pledges.invalidation_undo", "pledges.review_clear"]);
  });
});
