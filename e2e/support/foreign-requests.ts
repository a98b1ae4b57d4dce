import type { Page } from "@playwright/test";

/**
 * Every request the page makes to an origin not in `allowed` (data: and blob: URLs are the
 * page's own), collected as it browses: a test asserts the list stays empty.
 */
export function recordForeignRequests(page: Page, ...allowed: string[]): string[] {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!allowed.some((origin) => url.startsWith(origin)) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
  });
  return foreign;
}
