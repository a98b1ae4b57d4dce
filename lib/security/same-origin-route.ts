import "server-only";
import { errorResponse } from "@/lib/http/error-response";
import { requireSameOrigin } from "./require-same-origin";

/**
 * Wraps a route handler so requests from other origins are refused with 403
 * `{ "error": { "code": "forbidden" } }` before the handler runs. Every POST, PUT, PATCH and
 * DELETE exported from app/ must be wrapped: `export const POST = sameOriginOnly(handler)`
 * (tests/api/mutating-routes.test.ts fails the build otherwise).
 */
export function sameOriginOnly<Args extends unknown[]>(
  handler: (request: Request, ...rest: Args) => Response | Promise<Response>,
): (request: Request, ...rest: Args) => Promise<Response> {
  return async (request, ...rest) => {
    try {
      requireSameOrigin(request);
    } catch (error) {
      return errorResponse(error);
    }
    return handler(request, ...rest);
  };
}
