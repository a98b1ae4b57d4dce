import "server-only";

// Errors that mean "PostgreSQL cannot be reached right now" rather than "this query is wrong":
// refused or reset connections, the server shutting down, pool timeouts. Callers answer these
// with "try again in a minute" (503); the pool reconnects by itself when the server is back.
const connectionErrorCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);
// SQLSTATE class 08 (connection exception) and 57P01-57P03 (admin shutdown, cannot connect now).
const unavailableSqlStates = /^(08|57P0[1-3])/;
const prismaUnavailableCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") return false;
    const candidate = current as { code?: unknown; cause?: unknown; message?: unknown };
    const code = typeof candidate.code === "string" ? candidate.code : "";
    if (connectionErrorCodes.has(code) || prismaUnavailableCodes.has(code) || unavailableSqlStates.test(code)) {
      return true;
    }
    if (typeof candidate.message === "string" && /Connection terminated|connect ECONNREFUSED|the database system is (starting up|shutting down)/i.test(candidate.message)) {
      return true;
    }
    current = candidate.cause;
  }
  return false;
}
