import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import type { OrganiserRole } from "@/lib/auth/roles";
import { jar, signedIn } from "@/tests/support/auth";
import { db } from "@/lib/db/client";
import { currentTestCampaign } from "@/tests/factories/campaign";

// Every server action of the admin area, found by reading app/admin/ (not by a list someone must
// remember to update), is called as an anonymous visitor and as an organiser one role too low,
// with input that passes its schema — so the refusal is the role check's, not validation's —
// and must refuse without changing anything. A new action fails this test until it is listed
// below with the role it requires.

vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth"));
vi.mock("next/server", () => import("@/tests/support/next-after"));

type Action = (...args: never[]) => Promise<unknown>;

const adminDir = path.resolve(import.meta.dirname, "../../app/admin");
const uuid = randomUUID();

const settings = { goal: "1000", sensitiveCountries: "BY", mapThreshold: "5", anomalyThreshold: "20", retentionMonths: "6" };
const blockedWords = { blockedWordsEn: "", blockedWordsBe: "", blockedWordsRu: "", blockedWordsAll: "" };

/** Each guarded action: the role it needs and fields its schema accepts. */
const guarded: Record<string, { role: OrganiserRole; fields: Record<string, string> }> = {
  moderateMessageAction: { role: "MODERATOR", fields: { pledgeId: uuid, decision: "approve" } },
  moderateMessageFromForm: { role: "MODERATOR", fields: { pledgeId: uuid, decision: "approve" } },
  bulkModerateAction: { role: "MODERATOR", fields: { decision: "approve", pledgeIds: uuid } },
  bulkModerateFromForm: { role: "MODERATOR", fields: { decision: "approve", pledgeIds: uuid } },
  clearReviewAction: { role: "MODERATOR", fields: { only: uuid } },
  runInvalidationAction: { role: "MODERATOR", fields: { networkHash: "abc123", reasonCode: "automated", expected: "3" } },
  undoInvalidationAction: { role: "MODERATOR", fields: { invalidationId: uuid } },
  inviteOrganiserAction: { role: "ADMIN", fields: { email: "new-organiser@example.org", role: "ADMIN" } },
  changeRoleAction: { role: "ADMIN", fields: { userId: uuid, role: "ADMIN" } },
  removeOrganiserAction: { role: "ADMIN", fields: { userId: uuid } },
  revokeSessionsAction: { role: "ADMIN", fields: { userId: uuid } },
  setCampaignRoleAction: { role: "ADMIN", fields: { userId: uuid, role: "ADMIN" } },
  setStatusAction: { role: "ADMIN", fields: { status: "CLOSED" } },
  createCampaignAction: { role: "ADMIN", fields: { slug: "refused-campaign", title: "Refused campaign", goal: "10", status: "LIVE" } },
  updateSettingsAction: { role: "ADMIN", fields: { ...settings, ...blockedWords } },
  setSwitchAction: { role: "ADMIN", fields: { name: "signingOpen", value: "off" } },
  storyEditorAction: { role: "ADMIN", fields: { locale: "en", markdown: "# Edited by an intruder", intent: "save" } },
  addRecipientAction: { role: "ADMIN", fields: { name: "Intruder", email: "intruder@example.org", locale: "en" } },
  removeRecipientAction: { role: "ADMIN", fields: { id: uuid } },
  scheduleAction: { role: "ADMIN", fields: { sendAt: "2030-08-04T10:00", timeZone: "UTC" } },
  cancelScheduleAction: { role: "ADMIN", fields: {} },
  sendNowAction: { role: "ADMIN", fields: {} },
  saveCrmSettingsAction: { role: "ADMIN", fields: { endpointUrl: "https://crm.example.org/api/v2", apiKey: "intruder-key", tags: "", enabled: "on" } },
  removeCrmApiKeyAction: { role: "ADMIN", fields: {} },
  backfillCrmAction: { role: "ADMIN", fields: {} },
  confirmCrmRemovalAction: { role: "ADMIN", fields: { pledgeId: uuid } },
  createEndpointAction: { role: "ADMIN", fields: { url: "https://intruder.example.org/hooks", event_pledge_confirmed: "on" } },
  rotateSecretAction: { role: "ADMIN", fields: { id: uuid } },
  sendTestAction: { role: "ADMIN", fields: { id: uuid } },
  setEnabledAction: { role: "ADMIN", fields: { id: uuid, enabled: "false" } },
  deleteEndpointAction: { role: "ADMIN", fields: { id: uuid } },
};
/** Open by design: requesting a sign-in link (rate limited, answers alike) and signing oneself out. */
const open = new Set(["requestSignInLinkAction", "signOutAction"]);

const lowerRole: Record<OrganiserRole, OrganiserRole> = { ADMIN: "MODERATOR", MODERATOR: "VIEWER", VIEWER: "VIEWER" };

function actionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return /^actions\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

async function adminActions(): Promise<Map<string, Action>> {
  const actions = new Map<string, Action>();
  for (const file of actionFiles(adminDir)) {
    for (const [name, value] of Object.entries(await import(file))) if (typeof value === "function") actions.set(name, value as Action);
  }
  return actions;
}

function formOf(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** The refusal code an action answered with: from its returned state, or the redirect it threw. */
async function refusalOf(name: string, action: Action, data: FormData): Promise<string | undefined> {
  try {
    const result = (name.endsWith("FromForm") ? await (action as (data: FormData) => Promise<unknown>)(data) : await (action as (state: unknown, data: FormData) => Promise<unknown>)(initialFormState(), data)) as {
      formError?: string | null;
    } | void;
    return result?.formError ?? undefined;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return new URLSearchParams(digest.split(";")[2]?.split("?")[1] ?? "").get("error") ?? `redirect ${digest.split(";")[2]}`;
  }
}

async function campaignState() {
  const campaign = await currentTestCampaign();
  return db().campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: { goal: true, signingOpen: true, updatedAt: true } });
}

beforeEach(() => jar.clear());

describe("every admin server action", () => {
  it("is either guarded by a role listed here or open by design", async () => {
    const found = [...(await adminActions()).keys()].sort();
    expect(found.length).toBeGreaterThan(10);
    expect(found.filter((name) => !(name in guarded) && !open.has(name))).toEqual([]);
    expect(Object.keys(guarded).filter((name) => !found.includes(name))).toEqual([]);
  });

  it("refuses anonymous callers and organisers one role too low, and changes nothing", async () => {
    const actions = await adminActions();
    const before = await campaignState();
    const organisersBefore = await db().user.count();
    const auditBefore = await db().auditLogEntry.count();
    for (const [name, { role, fields }] of Object.entries(guarded)) {
      const action = actions.get(name)!;
      jar.clear();
      expect(await refusalOf(name, action, formOf(fields)), `${name} as anonymous`).toBe("unauthorized");
      await signedIn(lowerRole[role]);
      const afterSignIn = await db().auditLogEntry.count();
      expect(await refusalOf(name, action, formOf(fields)), `${name} as ${lowerRole[role]}`).toBe("forbidden");
      expect(await db().auditLogEntry.count(), `${name} wrote to the audit log`).toBe(afterSignIn);
    }
    expect(await campaignState()).toEqual(before);
    // Only the organisers this test signed in as were added; nobody was invited by a refused call.
    expect(await db().user.count({ where: { email: "new-organiser@example.org" } })).toBe(0);
    expect(await db().user.count()).toBeGreaterThanOrEqual(organisersBefore);
    expect(await db().auditLogEntry.count()).toBeGreaterThanOrEqual(auditBefore);
  });
});
