import { randomBytes } from "node:crypto";
import { hashSessionToken } from "@/lib/auth/organiser-adapter";
import type { BenchEnvironment } from "./bench-environment";

// An organiser signed in without the email round trip: a User row and a Session row stored the
// way the Auth.js adapter stores them (the SHA-256 of the cookie's token), and the cookie a
// browser would send over plain HTTP.

export const SESSION_COOKIE = "authjs.session-token";

export async function createOrganiserSession(env: BenchEnvironment, role: "ADMIN" | "VIEWER" = "ADMIN"): Promise<string> {
  const token = randomBytes(32).toString("hex");
  const email = `bench-organiser-${randomBytes(4).toString("hex")}@example.org`;
  const { rows } = await env.database.pool.query<{ id: string }>(
    `INSERT INTO "User" ("id", "email", "role", "emailVerified") VALUES (gen_random_uuid(), $1, $2, now()) RETURNING "id"`,
    [email, role],
  );
  await env.database.pool.query(`INSERT INTO "Session" ("sessionToken", "userId", "expires") VALUES ($1, $2, now() + interval '1 day')`, [
    hashSessionToken(token),
    rows[0]!.id,
  ]);
  return `${SESSION_COOKIE}=${token}`;
}
