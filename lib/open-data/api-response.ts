import "server-only";
import { createHash } from "node:crypto";
import { errorCode } from "@/lib/actions/error-code";
import { isNotModified } from "@/lib/http/conditional-get";
import { RETRY_AFTER_SECONDS } from "@/lib/http/error-response";
import { LICENCE_LINK_HEADER } from "./licence";

// How every /api/v1 response is shaped: open to any site (no keys, no cookies, CORS *), the
// licence in a Link header, validators (ETag, Last-Modified) with 304 answers, and caching that
// lets a CDN absorb a surge and keep serving the numbers while we are down.

/** Live numbers: shared caches keep them as long as our own in-memory cache (STATS_FRESH_MS). */
export const LIVE_CACHE_CONTROL = "public, max-age=0, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400";
/** Answers that change only with a deployment (oEmbed, the OpenAPI document). */
export const DAY_CACHE_CONTROL = "public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400, stale-if-error=604800";
/** A snapshot never changes. */
export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, s-maxage=31536000, immutable";

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Link",
  "Access-Control-Max-Age": "86400",
};

const COMMON_HEADERS = { ...CORS_HEADERS, Link: LICENCE_LINK_HEADER };

/** The answer to a CORS preflight (OPTIONS) on any endpoint. */
export function preflightResponse(): Response {
  return new Response(null, { status: 204, headers: COMMON_HEADERS });
}

/** `{"error":{"code","message"}}`, never cached. */
export function apiError(status: number, code: string, message: string, extra: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status, headers: { ...COMMON_HEADERS, "Cache-Control": "no-store", ...extra } });
}

/** A strong validator for exactly these bytes. */
export function contentEtag(body: string): string {
  return `"${createHash("sha256").update(body, "utf8").digest("base64url").slice(0, 27)}"`;
}

export interface DataOptions {
  contentType: string;
  cacheControl?: string;
  lastModified?: Date | null;
  etag?: string;
  extraHeaders?: Record<string, string>;
}

/** 200 with the body, or 304 without it when the client's validators still match. */
export function dataResponse(request: Request, body: string, options: DataOptions): Response {
  const etag = options.etag ?? contentEtag(body);
  const headers: Record<string, string> = {
    ...COMMON_HEADERS,
    ETag: etag,
    "Cache-Control": options.cacheControl ?? LIVE_CACHE_CONTROL,
    ...(options.lastModified ? { "Last-Modified": options.lastModified.toUTCString() } : {}),
    ...options.extraHeaders,
  };
  if (isNotModified(request, { etag, lastModified: options.lastModified })) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": options.contentType } });
}

/** An error thrown while answering, as an API error (503 with Retry-After when the database is down). */
export function apiFailure(error: unknown): Response {
  const { code, httpStatus } = errorCode(error);
  const message = httpStatus === 503 ? "the figures cannot be read right now; try again shortly" : httpStatus === 404 ? "not found" : "unexpected error";
  return apiError(httpStatus, code, message, httpStatus === 503 ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {});
}
