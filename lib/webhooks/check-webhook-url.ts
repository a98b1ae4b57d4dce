import "server-only";
import { isIP } from "node:net";
import { serverEnv } from "@/lib/env";
import { isPrivateAddress } from "./private-address";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Whether webhooks may go to this machine and private networks: in development and tests (a
 * receiver on localhost), or where WEBHOOK_ALLOW_PRIVATE_TARGETS=1 says the operator wants it
 * (the e2e server, an intranet CRM). Never by default in production (docs/decisions/0052-…).
 */
export function privateTargetsAllowed(): boolean {
  const env = serverEnv();
  return env.NODE_ENV !== "production" || env.WEBHOOK_ALLOW_PRIVATE_TARGETS === "1";
}

/**
 * The reason (a message key of the admin forms) this URL may not receive webhooks, or null when
 * it may. Checked when an endpoint is saved; the address a host name resolves to is checked
 * again at every delivery (lib/webhooks/post-webhook.ts), since DNS can change in between.
 */
export function webhookUrlProblem(raw: string, allowPrivate = privateTargetsAllowed()): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "webhookUrlInvalid";
  }
  if (url.username || url.password) return "webhookUrlCredentials";
  if (url.protocol !== "https:" && url.protocol !== "http:") return "webhookUrlNotHttps";
  const host = url.hostname.toLowerCase();
  if (url.protocol === "http:" && !(allowPrivate && LOCAL_HOSTS.has(host))) return "webhookUrlNotHttps";
  if (allowPrivate) return null;
  if (host === "localhost" || host.endsWith(".localhost") || !host.includes(".")) return "webhookUrlPrivate";
  const literal = host.replace(/^\[|\]$/g, "");
  if (isIP(literal) && isPrivateAddress(literal)) return "webhookUrlPrivate";
  return null;
}
