import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { publicCacheControl, type CachePolicy } from "./cache-policy";
import { cacheKeyFor } from "./cacheable-page";
import type { CachedPage, PageCache, RenderPage } from "./page-cache";

// The page cache in front of Next's request handler, in the web server's own process
// (scripts/serve-next.ts). A public page is answered from memory; anything else, and a page
// Next would not let everyone share, goes to Next as before. A copy is made by asking our own
// server for the page with a header only this process knows, so the render passes through
// proxy.ts (nonce, Content-Security-Policy, hreflang `Link`) exactly as a reader's would.

/** Marks a request this process sent itself to render a page for the cache. */
export const FILL_HEADER = "x-page-cache-fill";

type NodeHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

export interface PageCacheHandlerOptions {
  cache: PageCache;
  policy: CachePolicy;
  next: NodeHandler;
  /** The site origin a Host header names (lib/http/site-origins.ts originForHost). */
  originFor: (host: string | undefined) => string;
  locales: readonly string[];
  /** The secret of FILL_HEADER (random per process). */
  fillToken: string;
  now?: () => number;
}

export function pageCacheHandler(options: PageCacheHandlerOptions): NodeHandler {
  return async (request, response) => {
    const fill = request.headers[FILL_HEADER];
    if (fill !== undefined) {
      // Never passed on: a reader cannot make us render by guessing it, nor learn it from a page.
      delete request.headers[FILL_HEADER];
      if (fill === options.fillToken) return options.next(request, response);
    }
    if (isOrganiserChange(request)) {
      // What an organiser changes (a message approved, signing paused, the story edited) shows at
      // once on this instance; other instances show it within the freshness period.
      response.once("finish", () => {
        if (response.statusCode < 400) options.cache.invalidate();
      });
    }
    const key = cacheKeyFor(request, options.originFor(request.headers.host), options.locales);
    const page = key === null ? null : await options.cache.lookup(key);
    if (!page) return options.next(request, response);
    sendCachedPage(request, response, page, options.policy, options.now?.() ?? Date.now());
  };
}

function isOrganiserChange(request: IncomingMessage): boolean {
  const path = request.url ?? "";
  return !["GET", "HEAD", "OPTIONS"].includes(request.method ?? "GET") && (path === "/admin" || path.startsWith("/admin/") || path.startsWith("/admin?"));
}

function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  const value = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? "");
  return value.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    return (coding === "gzip" || coding === "*") && (q === undefined || Number(q.slice(2)) > 0);
  });
}

export function sendCachedPage(request: IncomingMessage, response: ServerResponse, page: CachedPage, policy: CachePolicy, now: number): void {
  const gzip = acceptsGzip(request.headers["accept-encoding"]);
  const body = gzip ? page.gzipped : page.body;
  let vary = "";
  for (const [name, value] of page.headers) {
    if (name.toLowerCase() === "vary") vary = String(value);
    else response.setHeader(name, value);
  }
  response.statusCode = 200;
  response.setHeader("Cache-Control", publicCacheControl(policy));
  // Shared caches in front count their freshness from the render, not from our answer.
  response.setHeader("Age", String(Math.max(0, Math.floor((now - page.renderedAt) / 1000))));
  // Next's own Vary keeps its RSC payloads apart from the HTML in any cache that honours it.
  const varies = vary.split(",").map((name) => name.trim()).filter(Boolean);
  if (!varies.some((name) => name.toLowerCase() === "accept-encoding")) varies.push("Accept-Encoding");
  response.setHeader("Vary", varies.join(", "));
  if (gzip) response.setHeader("Content-Encoding", "gzip");
  response.setHeader("Content-Length", String(body.length));
  response.end(request.method === "HEAD" ? undefined : body);
}

/** Renders a cache key's page by asking our own server at `address` for it, as its origin's Host. */
export function renderThroughServer(address: { host: string; port: number }, fillToken: string, timeoutMs = 30_000): RenderPage {
  return (key) =>
    new Promise((resolve, reject) => {
      const space = key.indexOf(" ");
      const origin = key.slice(0, space);
      const path = key.slice(space + 1);
      const request = http.request(
        { host: address.host, port: address.port, path, method: "GET", timeout: timeoutMs, headers: { host: new URL(origin).host, accept: "text/html", [FILL_HEADER]: fillToken } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", reject);
          response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        },
      );
      request.on("timeout", () => request.destroy(new Error(`rendering ${path} took over ${timeoutMs} ms`)));
      request.on("error", reject);
      request.end();
    });
}
