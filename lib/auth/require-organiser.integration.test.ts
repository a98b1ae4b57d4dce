import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { cliActor } from "./actor";
import { changeOrganiserRole } from "./change-organiser-role";
import { hashSessionToken } from "./organiser-adapter";
import { removeOrganiser } from "./remove-organiser";
import { requireOrganiser } from "./require-organiser";
import { revokeOrganiserSessions } from "./revoke-organiser-sessions";
import { ORGANISER_ROLES, roleAtLeast } from "./roles";
import { jar, signedIn, signOut } from "@/tests/support/auth";

vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth"));
vi.mock("next/server", () => import("@/tests/support/next-after"));

beforeEach(() => jar.clear());

describe("requireOrganiser", () => {
  it("refuses anonymous visitors with a 401", async () => {
    await expect(requireOrganiser("VIEWER")).rejects.toBeInstanceOf(UnauthorizedError);
    jar.set("authjs.session-token", "not-a-session");
    await expect(requireOrganiser("VIEWER")).rejects.toMatchObject({ httpStatus: 401 });
  });

  for (const role of ORGANISER_ROLES) {
    for (const minimum of ORGANISER_ROLES) {
      const allowed = roleAtLeast(role, minimum);
      it(`${allowed ? "lets" : "refuses"} a ${role} where ${minimum} is required`, async () => {
        const { id, email } = await signedIn(role);
        const check = requireOrganiser(minimum);
        // An instance role: the same role in whichever campaign the admin area works on (ADR 0054).
        if (allowed) await expect(check).resolves.toMatchObject({ kind: "organiser", id, email, role, instanceRole: role });
        else await expect(check).rejects.toBeInstanceOf(ForbiddenError);
      });
    }
  }

  it("orders roles ADMIN > MODERATOR > VIEWER", () => {
    expect(roleAtLeast("ADMIN", "MODERATOR")).toBe(true);
    expect(roleAtLeast("MODERATOR", "ADMIN")).toBe(false);
    expect(roleAtLeast("MODERATOR", "VIEWER")).toBe(true);
    expect(roleAtLeast("VIEWER", "MODERATOR")).toBe(false);
  });

  it("stores only a hash of the session token", async () => {
    const { id, sessionToken } = await signedIn("VIEWER");
    const rows = await db().session.findMany({ where: { userId: id } });
    expect(rows.map((row) => row.sessionToken)).toEqual([hashSessionToken(sessionToken)]);
  });

  it("reads the role on every request: a role change applies to a live session at once", async () => {
    await signedIn("ADMIN"); // so the organiser below is not the last admin
    const { id } = await signedIn("ADMIN");
    await changeOrganiserRole(cliActor(), { id }, "VIEWER");
    await expect(requireOrganiser("ADMIN")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(requireOrganiser("VIEWER")).resolves.toMatchObject({ role: "VIEWER" });
  });

  it("signs out a removed organiser and one whose sessions were revoked", async () => {
    const removed = await signedIn("MODERATOR");
    await removeOrganiser(cliActor(), { id: removed.id });
    await expect(requireOrganiser("VIEWER")).rejects.toBeInstanceOf(UnauthorizedError);

    const revoked = await signedIn("MODERATOR");
    await revokeOrganiserSessions(cliActor(), { email: revoked.email });
    await expect(requireOrganiser("VIEWER")).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("treats a disabled organiser's remaining session as no session", async () => {
    const { id } = await signedIn("ADMIN");
    await db().user.update({ where: { id }, data: { disabledAt: new Date() } });
    await expect(requireOrganiser("VIEWER")).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("ends the session on sign-out and records it", async () => {
    const { id } = await signedIn("VIEWER");
    await signOut();
    expect(await db().session.count({ where: { userId: id } })).toBe(0);
    await expect(requireOrganiser("VIEWER")).rejects.toBeInstanceOf(UnauthorizedError);
    expect(await db().auditLogEntry.count({ where: { action: "auth.sign_out", actorId: id } })).toBe(1);
  });
});
