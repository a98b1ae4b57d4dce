import "server-only";

// Errors that mean "PostgreSQL cannot be reached right now" rather than "this query is wrong":
// refused or reset connections, the server shutting down, pool timeouts. Callers answer these
// with "try again in a minute" (503); the pool reconnects by itself when the server is back.
// tests/pledges/database-restart.integration.test.ts stops a real server mid-transaction to find them all.
const connectionErrorCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);
// SQLSTATE class 08 (connection exception) and 57P01-57P03 (admin shutdown, cannot connect now).
const unavailableSqlStates = /^(08|57P0[1-3])/;
const prismaUnavailableCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// What @prisma/adapter-pg calls them (error.meta.driverAdapterError.cause.kind): raw queries
// ($queryRaw, P2010) carry only this, not a P1xxx code.
const adapterUnavailableKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// "Unable to start a transaction in the given time": no pool connection within Prisma's maxWait,
// i.e. the server is unreachable or saturated; either way, "try again in a minute" is the answer.
const unavailableMessages =
  /Connection terminated|connect ECONNREFUSED|the database system is (starting up|shutting down)|terminating connection due to administrator command|Client has encountered a connection error|Server has closed the connection|Unable to start a transaction in the given time/i;

interface ErrorLike {
  code?: unknown;
  /** The driver adapter's classification of the failure. */
  kind?: unknown;
  /** Prisma's driver adapters keep PostgreSQL's SQLSTATE here. */
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  /** Prisma's known request errors wrap the adapter's error here (e.g. P2039 around a 57P01). */
  meta?: { driverAdapterError?: unknown };
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const pending: unknown[] = [error];
  for (let inspected = 0; pending.length > 0 && inspected < 10; inspected++) {
    const current = pending.shift();
    if (!current || typeof current !== "object") continue;
    const candidate = current as ErrorLike;
    for (const code of [candidate.code, candidate.originalCode]) {
      if (typeof code !== "string") continue;
      if (connectionErrorCodes.has(code) || prismaUnavailableCodes.has(code) || unavailableSqlStates.test(code)) return true;
    }
    if (typeof candidate.kind === "string" && adapterUnavailableKinds.has(candidate.kind)) return true;
    if (typeof candidate.message === "string" && unavailableMessages.test(candidate.message)) return true;
    pending.push(candidate.cause, candidate.meta?.driverAdapterError);
  }
  return false;
}
