// Which requests the page cache (./page-cache.ts) may answer, and under which key. Only the
// public reading pages a news link sends thousands of readers to: the same for every reader of
// an address, read with GET or HEAD, as HTML (not Next's RSC payloads, which a client router
// asks for with the `RSC` header or an `_rsc` query). Everything else — form posts (a personal
// result page), confirm and withdraw links, /admin, /dev, /api, /embed — goes to Next untouched.
// See docs/decisions/0051-public-pages-cached-with-a-nonce-per-render.md.

/** The public pages (after the locale prefix); "" is the home page. */
const PUBLIC_PAGES = new Set(["", "/map", "/map/event", "/stats", "/stats/methodology", "/messages", "/privacy", "/about", "/delivery", "/campaigns"]);

/**
 * Another campaign's pages (docs/decisions/0054-…): "/campaigns/<slug>" and its map, event screen,
 * stats, messages and delivery record, keyed as the default campaign's page of the same kind. A made-up slug answers 404,
 * which is never kept, so it cannot fill the cache.
 */
const CAMPAIGN_PAGE = /^\/campaigns\/[a-z0-9-]{1,64}(\/map|\/map\/event|\/stats|\/messages|\/delivery)?$/;

/** The page kind a path is ("/campaigns/x/messages" reads its query as "/messages" does), or null. */
function pageKind(page: string): string | null {
  if (PUBLIC_PAGES.has(page)) return page;
  const match = CAMPAIGN_PAGE.exec(page);
  return match ? (match[1] ?? "") : null;
}

/**
 * The query parameters a page reads, with the values it accepts. Any other query is not cached:
 * a reader adding `?x=<random>` would otherwise fill the cache and push the home page out of it.
 */
const PAGE_QUERIES: Record<string, { name: string; value: RegExp }> = {
  "/messages": { name: "page", value: /^[1-9][0-9]{0,5}$/ },
  "/stats": { name: "history", value: /^hour$/ },
};

export interface PageRequest {
  method?: string;
  /** Path and query as received ("/en/messages?page=2"). */
  url?: string;
  /** The request's headers, lower-case names (node:http's IncomingMessage.headers). */
  headers: Record<string, string | string[] | undefined>;
}

function isRscRequest(headers: PageRequest["headers"]): boolean {
  return headers.rsc !== undefined || headers["next-router-prefetch"] !== undefined || headers["next-router-state-tree"] !== undefined;
}

/**
 * The cache key of a public page request ("<origin> <path>"), or null when the page cache must
 * leave it to Next. `origin` is the site address the request came through (originForHost: one
 * of ours, chosen by Host), since absolute links in the page name it.
 */
export function cacheKeyFor(request: PageRequest, origin: string, locales: readonly string[]): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (!request.url?.startsWith("/") || isRscRequest(request.headers)) return null;
  const url = new URL(request.url, "http://page-cache.invalid");
  const [, locale, ...rest] = url.pathname.split("/");
  if (!locale || !locales.includes(locale)) return null;
  const page = rest.length ? `/${rest.join("/")}` : "";
  const kind = pageKind(page);
  if (kind === null) return null;
  const params = [...url.searchParams];
  if (params.length > 1) return null;
  if (params.length === 1) {
    const allowed = PAGE_QUERIES[kind];
    const [name, value] = params[0]!;
    if (!allowed || name !== allowed.name || !allowed.value.test(value)) return null;
  }
  return `${origin} ${url.pathname}${url.search}`;
}
