import "server-only";
import { requestNetworkHash } from "@/lib/abuse/network/request-source";
import { limitByNetwork } from "@/lib/abuse/rate-limit/limit-link-actions";
import { errorResponse } from "@/lib/http/error-response";

/**
 * Requests for a sign-in link sent straight to Auth.js (POST /api/auth/signin/<provider>) meet the
 * same per-network limit as our sign-in page's action, so a script cannot skip the page to spray
 * addresses. Returns the 429 answer when the network is over the limit, otherwise null. Auth.js's
 * other endpoints (callback, sign-out, session) are not sign-in requests and are not counted.
 */
export async function refuseSignInFlood(request: Request): Promise<Response | null> {
  if (request.method !== "POST" || !new URL(request.url).pathname.startsWith("/api/auth/signin/")) return null;
  try {
    await limitByNetwork("sign-in", await requestNetworkHash());
    return null;
  } catch (error) {
    return errorResponse(error);
  }
}
