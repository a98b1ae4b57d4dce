// Auth.js's endpoints (sign-in link requests, the link's callback, session, sign-out). Who may
// sign in is decided in lib/auth/sign-in-gate.ts, which covers direct requests here too.
// POSTs from other origins are refused before Auth.js sees them (on top of its own CSRF token).
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { sameOriginOnly } from "@/lib/security/same-origin-route";

export const GET = handlers.GET;
export const POST = sameOriginOnly((request: Request) => handlers.POST(request as NextRequest));
