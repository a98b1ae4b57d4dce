import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./is-database-unavailable";

// The shapes below are the ones seen when tests/pledges/database-restart.integration.test.ts stops a real
// server (Prisma 7 with @prisma/adapter-pg); the restart test proves them end to end.
function prismaRawQueryError(kind: string) {
  return Object.assign(new Error("Invalid `prisma.$queryRaw()` invocation: Raw query failed. Code: `N/A`."), {
    code: "P2010",
    meta: { driverAdapterError: Object.assign(new Error(kind), { cause: { kind, host: "127.0.0.1", port: 5432 } }) },
  });
}

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a raw query while the server is unreachable", prismaRawQueryError("DatabaseNotReachable")],
    ["a raw query whose connection closed", prismaRawQueryError("ConnectionClosed")],
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["the server shutting down (SQLSTATE 57P01)", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["Prisma's pool timeout", Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" })],
    ["no transaction in time", new Error("Transaction API error: Unable to start a transaction in the given time.")],
    ["a wrapped cause", new Error("outer", { cause: Object.assign(new Error("inner"), { code: "ECONNRESET" }) })],
  ])("%s → unavailable", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", prismaRawQueryError("UniqueConstraintViolation")],
    ["a syntax error", Object.assign(new Error('syntax error at or near "SELEC"'), { code: "42601" })],
    ["a plain bug", new TypeError("cannot read properties of undefined")],
    ["not an error at all", "oops"],
  ])("%s → a real error", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
