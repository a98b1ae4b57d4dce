import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { cliActor, type Organiser } from "./actor";
import { addOrganiser } from "./add-organiser";
import { changeOrganiserRole } from "./change-organiser-role";
import { listOrganisers } from "./list-organisers";
import { removeOrganiser } from "./remove-organiser";
import { revokeOrganiserSessions } from "./revoke-organiser-sessions";
import { DEMO_ORGANISER_EMAIL, seedDemoOrganiser } from "./seed-demo-organiser";
import { organiserEmail } from "@/tests/support/auth";

// The operations behind the organisers page and `npm run organiser` (which only parses arguments).

const cli = cliActor();

async function entriesAbout(userId: string) {
  return db().auditLogEntry.findMany({ where: { targetId: userId }, orderBy: { id: "asc" } });
}

async function giveSession(userId: string) {
  await db().session.create({ data: { sessionToken: randomBytes(32).toString("hex"), userId, expires: new Date(Date.now() + 3_600_000) } });
}

async function asOrganiser(role: Organiser["role"]): Promise<Organiser> {
  const email = organiserEmail("actor");
  const { id } = await addOrganiser(cli, { email, role });
  return { kind: "organiser", id, email, role };
}

describe("organiser operations", () => {
  afterEach(() => {
    delete process.env.NEXT_RUNTIME;
  });

  it("adds an organiser once, with an audit entry naming the actor", async () => {
    const admin = await asOrganiser("ADMIN");
    const email = organiserEmail();
    const { id } = await addOrganiser(admin, { email: `  ${email.toUpperCase()} `, role: "MODERATOR" });
    expect(await db().user.findUniqueOrThrow({ where: { id } })).toMatchObject({ email, role: "MODERATOR", disabledAt: null });
    const [entry] = await entriesAbout(id);
    expect(entry).toMatchObject({ action: "organiser.add", actorId: admin.id, actorLabel: admin.email, targetType: "user", details: { email, role: "MODERATOR", restored: false } });

    await expect(addOrganiser(admin, { email, role: "VIEWER" })).rejects.toMatchObject({ fieldErrors: { email: ["alreadyOrganiser"] } });
  });

  it("lists active organisers with their session counts, removed ones only on request", async () => {
    const active = organiserEmail("active");
    const removed = organiserEmail("gone");
    const { id } = await addOrganiser(cli, { email: active, role: "VIEWER" });
    await giveSession(id);
    await addOrganiser(cli, { email: removed, role: "VIEWER" });
    await removeOrganiser(cli, { email: removed });

    const listed = await listOrganisers(cli);
    expect(listed.find((organiser) => organiser.email === active)).toMatchObject({ role: "VIEWER", activeSessions: 1, disabledAt: null });
    expect(listed.some((organiser) => organiser.email === removed)).toBe(false);
    expect((await listOrganisers(cli, { includeRemoved: true })).find((organiser) => organiser.email === removed)?.disabledAt).toBeInstanceOf(Date);
  });

  it("changes a role and records from and to; the same role changes nothing", async () => {
    const email = organiserEmail();
    const { id } = await addOrganiser(cli, { email, role: "VIEWER" });
    expect(await changeOrganiserRole(cli, { email }, "MODERATOR")).toEqual({ changed: true });
    expect(await changeOrganiserRole(cli, { id }, "MODERATOR")).toEqual({ changed: false });
    expect((await entriesAbout(id)).map((entry) => [entry.action, entry.actorLabel, entry.details])).toEqual([
      ["organiser.add", "cli", { email, role: "VIEWER", restored: false }],
      ["organiser.role_change", "cli", { email, from: "VIEWER", to: "MODERATOR" }],
    ]);
  });

  it("removes an organiser: disabled, signed out, links deleted; twice is once; re-adding restores", async () => {
    const email = organiserEmail();
    const { id } = await addOrganiser(cli, { email, role: "MODERATOR" });
    await giveSession(id);
    await db().verificationToken.create({ data: { identifier: email, token: "hashed", expires: new Date(Date.now() + 60_000) } });

    expect(await removeOrganiser(cli, { email })).toEqual({ removed: true });
    expect(await removeOrganiser(cli, { email })).toEqual({ removed: false });
    expect((await db().user.findUniqueOrThrow({ where: { id } })).disabledAt).toBeInstanceOf(Date);
    expect(await db().session.count({ where: { userId: id } })).toBe(0);
    expect(await db().verificationToken.count({ where: { identifier: email } })).toBe(0);

    expect(await addOrganiser(cli, { email, role: "VIEWER" })).toEqual({ id, restored: true });
    expect((await entriesAbout(id)).map((entry) => entry.action)).toEqual(["organiser.add", "organiser.remove", "organiser.add"]);
  });

  it("revokes every session of an organiser and says how many", async () => {
    const email = organiserEmail();
    const { id } = await addOrganiser(cli, { email, role: "VIEWER" });
    await giveSession(id);
    await giveSession(id);
    expect(await revokeOrganiserSessions(cli, { email })).toEqual({ sessionsEnded: 2 });
    expect(await db().session.count({ where: { userId: id } })).toBe(0);
    expect((await entriesAbout(id)).at(-1)).toMatchObject({ action: "sessions.revoke", details: { email, sessionsEnded: 2 } });
  });

  it("never leaves the site without an active admin", async () => {
    // The guard is global by nature: retire every admin other tests in this database created.
    await db().user.updateMany({ where: { role: "ADMIN", disabledAt: null }, data: { disabledAt: new Date() } });
    const email = organiserEmail("last-admin");
    const { id } = await addOrganiser(cli, { email, role: "ADMIN" });
    await expect(changeOrganiserRole(cli, { id }, "VIEWER")).rejects.toMatchObject({ fieldErrors: { role: ["lastAdmin"] } });
    await expect(removeOrganiser(cli, { id })).rejects.toBeInstanceOf(ValidationError);

    await addOrganiser(cli, { email: organiserEmail("second-admin"), role: "ADMIN" });
    expect(await removeOrganiser(cli, { id })).toEqual({ removed: true });
  });

  it("refuses every operation to organisers below ADMIN, and changes nothing", async () => {
    const email = organiserEmail();
    const { id } = await addOrganiser(cli, { email, role: "VIEWER" });
    for (const role of ["MODERATOR", "VIEWER"] as const) {
      const actor = await asOrganiser(role);
      const beforeActor = await db().auditLogEntry.count();
      await expect(addOrganiser(actor, { email: organiserEmail(), role: "ADMIN" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(changeOrganiserRole(actor, { id }, "ADMIN")).rejects.toBeInstanceOf(ForbiddenError);
      await expect(removeOrganiser(actor, { id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(revokeOrganiserSessions(actor, { id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listOrganisers(actor)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await db().auditLogEntry.count()).toBe(beforeActor);
    }
    expect(await db().user.findUniqueOrThrow({ where: { id } })).toMatchObject({ role: "VIEWER", disabledAt: null });
  });

  it("answers NotFoundError for an unknown organiser", async () => {
    await expect(removeOrganiser(cli, { email: organiserEmail("nobody") })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses the CLI actor inside the web server", () => {
    process.env.NEXT_RUNTIME = "nodejs";
    expect(() => cliActor()).toThrow(ForbiddenError);
  });

  it("seeds the demo admin once", async () => {
    await seedDemoOrganiser();
    expect(await seedDemoOrganiser()).toEqual({ created: false });
    expect(await db().user.count({ where: { email: DEMO_ORGANISER_EMAIL } })).toBe(1);
    expect(await db().user.findUniqueOrThrow({ where: { email: DEMO_ORGANISER_EMAIL } })).toMatchObject({ role: "ADMIN" });
  });
});
