import "server-only";
import { errorCode } from "@/lib/actions/error-code";

/** How long a client should wait before retrying while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 30;

/**
 * The one JSON answer of a route handler that failed: `{ "error": { "code": "…" } }` with the
 * error's HTTP status. Codes come from lib/actions/error-code.ts (which logs unknown errors);
 * no message or stack trace leaves the server. "unavailable" (503) says when to try again.
 */
export function errorResponse(error: unknown, headers: Record<string, string> = {}): Response {
  const { code, httpStatus } = errorCode(error);
  return Response.json(
    { error: { code } },
    {
      status: httpStatus,
      headers: {
        "Cache-Control": "no-store",
        ...(httpStatus === 503 ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {}),
        ...headers,
      },
    },
  );
}
