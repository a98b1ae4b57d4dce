// Auth.js's endpoints (sign-in link requests, the link's callback, session, sign-out). Who may
// sign in is decided in lib/auth/sign-in-gate.ts, which covers direct requests here too.
// POSTs from other origins are refused before Auth.js sees them (on top of its own CSRF token),
// and link requests sent here directly count against the sign-in page's per-network limit.
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { refuseSignInFlood } from "@/lib/auth/limit-sign-in-requests";
import { sameOriginOnly } from "@/lib/security/same-origin-route";

export const GET = handlers.GET;
export const POST = sameOriginOnly(async (request: Request) => (await refuseSignInFlood(request)) ?? handlers.POST(request as NextRequest));
