import "server-only";
import { checkReadiness, type Readiness } from "./check-readiness";

const TTL_MS = 1000;

// Load balancers poll every instance every few seconds, and a flood of /api/ready requests
// must not become a flood of database queries: one check per second at most, shared by every
// request that arrives meanwhile (also while the check is still running).
let cached: { at: number; result: Promise<Readiness> } | undefined;

export function cachedReadiness(now = Date.now()): Promise<Readiness> {
  if (!cached || now - cached.at >= TTL_MS) cached = { at: now, result: checkReadiness() };
  return cached.result;
}
