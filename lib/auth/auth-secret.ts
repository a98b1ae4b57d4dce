import "server-only";
import { serverEnv } from "@/lib/env";

/**
 * Auth.js's secret (AUTH_SECRET), from the configuration validated once in lib/env.ts (at least
 * 32 characters; the embedded default generates one into .data/secrets.json).
 */
export function authSecret(): string {
  return serverEnv().AUTH_SECRET;
}
