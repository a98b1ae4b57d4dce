import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { cliActor } from "./actor";
import { addOrganiser } from "./add-organiser";
import { requestSignInLink } from "./request-sign-in-link";
import { settleAfterTasks } from "@/tests/support/next-after";
import { linkIn, organiserEmail, pressSignInButton } from "@/tests/support/auth";

// The organiser session cookie on a public https site: Secure (never sent over plain http),
// HttpOnly (no script can read it) and SameSite=Lax (not sent on cross-site POSTs).

const saved = vi.hoisted(() => {
  const previous = { APP_URL: process.env.APP_URL, AUTH_URL: process.env.AUTH_URL };
  process.env.APP_URL = "https://pledge.example.org";
  delete process.env.AUTH_URL;
  return previous;
});

vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth"));
vi.mock("next/server", () => import("@/tests/support/next-after"));

afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("the session cookie", () => {
  it("is Secure, HttpOnly and SameSite=Lax when APP_URL is https", async () => {
    const email = organiserEmail();
    await addOrganiser(cliActor(), { email, role: "VIEWER" });
    await requestSignInLink(email);
    await settleAfterTasks();
    const message = await db().devMailboxMessage.findFirstOrThrow({ where: { to: email }, select: { text: true } });

    const response = await pressSignInButton(linkIn(message.text)!);
    const session = response.headers.getSetCookie().find((line) => line.startsWith("__Secure-authjs.session-token="));
    expect(session).toBeDefined();
    const attributes = session!.split(";").map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(["secure", "httponly", "samesite=lax", "path=/"]));
  });
});
