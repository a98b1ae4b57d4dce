import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { cachedReadiness } from "./cached-readiness";
import { checkReadiness } from "./check-readiness";

afterAll(() => db().$disconnect());

const migrations = path.join(import.meta.dirname, "..", "..", "prisma", "migrations");

describe("checkReadiness", () => {
  it("is ready when every migration of the code is applied", async () => {
    expect(await checkReadiness(migrations)).toEqual({ ready: true, database: "reachable", migrations: "current" });
  });

  it("is not ready while the code expects a migration the database has not had", async () => {
    const ahead = mkdtempSync(path.join(os.tmpdir(), "migrations-ahead-"));
    try {
      cpSync(migrations, ahead, { recursive: true });
      mkdirSync(path.join(ahead, "29991231000000_from_the_future"));
      expect(await checkReadiness(ahead)).toEqual({ ready: false, database: "reachable", migrations: "pending" });
    } finally {
      rmSync(ahead, { recursive: true, force: true });
    }
  });

  it("is checked at most once a second, however many ask", async () => {
    const now = Date.now();
    const first = cachedReadiness(now);
    expect(cachedReadiness(now + 999)).toBe(first);
    const second = cachedReadiness(now + 1000);
    expect(second).not.toBe(first);
    expect((await second).ready).toBe(true);
  });
});
