import { describe, expect, it, vi, beforeEach } from "vitest";
import { db } from "@/lib/db/client";
import { cliActor } from "./actor";
import { addOrganiser } from "./add-organiser";
import { inspectSignInLink } from "./inspect-sign-in-link";
import { removeOrganiser } from "./remove-organiser";
import { requestSignInLink } from "./request-sign-in-link";
import { requireOrganiser } from "./require-organiser";
import { SIGN_IN_ATTEMPT_LIMIT } from "./record-sign-in-attempt";
import { VERIFY_REQUEST_PATH } from "./sign-in-gate";
import { settleAfterTasks } from "@/tests/support/next-after";
import { jar, linkIn, organiserEmail, pressSignInButton, signIn } from "@/tests/support/auth";

vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth"));
vi.mock("next/server", () => import("@/tests/support/next-after"));

async function mailTo(email: string) {
  return db().devMailboxMessage.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
}

/** Asks for a link the way the sign-in page does, and returns where Auth.js sent the browser. */
async function askForLink(email: string, host?: string): Promise<string | null> {
  const location = await signIn("email", { email, redirectTo: "/admin", ...(host ? { host } : {}) });
  await settleAfterTasks();
  return location;
}

// Byte for byte what Auth.js answers after sending a link (origin included).
const SENT = new URL(VERIFY_REQUEST_PATH, process.env.APP_URL ?? "http://localhost:3000").href;

beforeEach(() => jar.clear());

describe("signing in with an emailed link", () => {
  it("sends a listed organiser one link, which opens a page and signs them in once pressed", async () => {
    const email = organiserEmail();
    await addOrganiser(cliActor(), { email, role: "MODERATOR" });

    await requestSignInLink(email);
    await settleAfterTasks();
    const [message, ...more] = await mailTo(email);
    expect(more).toHaveLength(0);
    expect(message?.subject).toBe("Sign in to Solidarity Pledge");
    const link = linkIn(message?.text ?? "");
    expect(link).not.toBeNull();
    // The email points at our page with a button, on APP_URL, not at the token-spending endpoint.
    expect(new URL(link!).origin).toBe(new URL(process.env.APP_URL ?? "http://localhost:3000").origin);
    expect(new URL(link!).pathname).toBe("/admin/sign-in/link");
    expect(await inspectSignInLink(email, new URL(link!).searchParams.get("token")!)).toBe("ready");

    await expect(requireOrganiser("VIEWER")).rejects.toMatchObject({ httpStatus: 401 });
    const response = await pressSignInButton(link!);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/admin");
    await expect(requireOrganiser("MODERATOR")).resolves.toMatchObject({ email, role: "MODERATOR" });

    // The link is spent, and the sign-in is in the audit log.
    expect(await inspectSignInLink(email, new URL(link!).searchParams.get("token")!)).toBe("invalid");
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(await db().auditLogEntry.count({ where: { action: "auth.sign_in", actorId: user.id } })).toBe(1);
  });

  it("answers unknown and removed addresses exactly as listed ones, and sends them nothing", async () => {
    const listed = organiserEmail("listed");
    const removed = organiserEmail("removed");
    const unknown = organiserEmail("unknown");
    await addOrganiser(cliActor(), { email: listed, role: "VIEWER" });
    await addOrganiser(cliActor(), { email: removed, role: "VIEWER" });
    await removeOrganiser(cliActor(), { email: removed });

    const answers = [await askForLink(listed), await askForLink(removed), await askForLink(unknown)];
    expect(answers).toEqual([SENT, SENT, SENT]);
    expect(await mailTo(listed)).toHaveLength(1);
    expect(await mailTo(removed)).toHaveLength(0);
    expect(await mailTo(unknown)).toHaveLength(0);
    expect(await db().user.count({ where: { email: unknown } })).toBe(0);
  });

  it(`sends at most ${SIGN_IN_ATTEMPT_LIMIT} links per address per 15 minutes, answering the same after that`, async () => {
    const email = organiserEmail();
    const other = organiserEmail("other");
    await addOrganiser(cliActor(), { email, role: "VIEWER" });
    await addOrganiser(cliActor(), { email: other, role: "VIEWER" });

    const answers: (string | null)[] = [];
    for (let attempt = 0; attempt < SIGN_IN_ATTEMPT_LIMIT + 2; attempt++) answers.push(await askForLink(email));
    expect(new Set(answers)).toEqual(new Set([SENT]));
    expect(await mailTo(email)).toHaveLength(SIGN_IN_ATTEMPT_LIMIT);
    // Another address is not affected.
    await askForLink(other);
    expect(await mailTo(other)).toHaveLength(1);
  });

  it("builds the link from APP_URL even when the request names another host", async () => {
    const email = organiserEmail();
    await addOrganiser(cliActor(), { email, role: "VIEWER" });
    await askForLink(email, "evil.example");
    const [message] = await mailTo(email);
    expect(linkIn(message?.text ?? "")).toMatch(/^http:\/\/localhost:3000\/admin\/sign-in\/link\?/);
    expect(message?.html).not.toContain("evil.example");
  });

  it("refuses a link whose organiser was removed after it was sent", async () => {
    const email = organiserEmail();
    await addOrganiser(cliActor(), { email, role: "ADMIN" });
    await askForLink(email);
    const [message] = await mailTo(email);
    await db().user.update({ where: { email }, data: { disabledAt: new Date() } });

    const response = await pressSignInButton(linkIn(message?.text ?? "")!);
    expect(new URL(response.headers.get("location")!).searchParams.get("error")).toBe("AccessDenied");
    await expect(requireOrganiser("VIEWER")).rejects.toMatchObject({ httpStatus: 401 });
  });
});
