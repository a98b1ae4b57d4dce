import "server-only";
import { headers } from "next/headers";
import { originForHost, ourOrigin } from "./site-origins";

/**
 * Which of our addresses the current request came through (inside a server action, route handler
 * or page): a form post names it in `Origin` (already checked to be ours by the same-origin rule),
 * a page request in `Host`. Anything that is not ours gives APP_URL's origin.
 */
export async function requestSiteOrigin(): Promise<string> {
  const requestHeaders = await headers();
  return ourOrigin(requestHeaders.get("origin")) ?? originForHost(requestHeaders.get("host"));
}
