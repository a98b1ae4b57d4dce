import "server-only";
import { AppError } from "@/lib/errors";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";

/**
 * The one place where a thrown error becomes a code users see (as a translated message or an
 * HTTP status). Unknown errors are logged here and become "unexpected": no stack trace leaves
 * the server.
 */
export function errorCode(error: unknown): { code: string; httpStatus: number } {
  if (error instanceof AppError) return { code: error.code, httpStatus: error.httpStatus };
  if (isDatabaseUnavailable(error)) {
    console.warn("database unavailable:", error instanceof Error ? error.message : error);
    return { code: "unavailable", httpStatus: 503 };
  }
  console.error("unexpected error:", error);
  return { code: "unexpected", httpStatus: 500 };
}
