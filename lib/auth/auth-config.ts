import "server-only";
import type { NextAuthConfig, Session } from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import { serverEnv } from "@/lib/env";
import { authSecret } from "./auth-secret";
import { recordSignIn, recordSignOut } from "./record-auth-event";
import { organiserAdapter } from "./organiser-adapter";
import { sendSignInLink, SIGN_IN_LINK_MINUTES } from "./send-sign-in-link";
import { signInGate } from "./sign-in-gate";

// Organisers sign in with magic links and database sessions (revocable by deleting rows).
// See docs/decisions/0009-organiser-auth-magic-links-database-sessions.md.

const emailProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: SIGN_IN_LINK_MINUTES * 60,
  sendVerificationRequest: sendSignInLink,
};

const expectedRefusals = new Set(["AccessDenied", "Verification"]);

/** A function, so the configuration is read per request and not while `next build` imports it. */
export function authConfig(): NextAuthConfig {
  const env = serverEnv();
  // Auth.js builds absolute URLs (error pages) from the request's URL, which behind a proxy is the
  // server's own address. APP_URL is our one public origin; next-auth reads AUTH_URL per request,
  // so naming it here is enough (an explicit AUTH_URL wins).
  // eslint-disable-next-line no-restricted-properties -- a write, for Auth.js, which reads it itself
  process.env.AUTH_URL ||= new URL("/api/auth", env.APP_URL).href;
  return {
    secret: authSecret(),
    // Behind our own proxy the Host header is trusted for Auth.js's URLs; the links we email are
    // built from APP_URL regardless (lib/auth/send-sign-in-link.ts).
    trustHost: true,
    basePath: "/api/auth",
    useSecureCookies: new URL(env.APP_URL).protocol === "https:",
    adapter: organiserAdapter(),
    providers: [emailProvider],
    // Short sessions: organisers handle supporters' data, and a lost laptop should not stay signed in.
    session: { strategy: "database", maxAge: 12 * 60 * 60, updateAge: 60 * 60 },
    pages: { signIn: "/admin/sign-in", verifyRequest: "/admin/sign-in/check-email", error: "/admin/sign-in" },
    callbacks: {
      signIn: signInGate,
      redirect: ({ url, baseUrl }) => sameOriginAuthRedirect(url, baseUrl),
      // `user` is our User row (the adapter returns it whole); pages get only what they need.
      session: ({ session, user }) => {
        const role: unknown = (user as { role?: unknown }).role;
        return { expires: session.expires, user: { id: user.id, email: user.email, role } } as Session;
      },
    },
    logger: {
      // A refused or expired link is an answer, not a server fault: one line, no stack, no token.
      error: (error) =>
        expectedRefusals.has(error.name) ? console.warn(`[auth] ${error.name}`) : console.error(`[auth] ${error.name}: ${error.message}`, error.cause ?? ""),
    },
    events: {
      signIn: ({ user }) => recordSignIn(user.id),
      signOut: (message) => recordSignOut("session" in message ? message.session?.userId : undefined),
    },
  };
}

/**
 * Only admin pages and Auth.js's own endpoints on this origin; anything else goes to /admin.
 * Admin pages are answered as a path, so the browser stays on the origin it is using (Next
 * reports 127.0.0.1 as "localhost", and a cookie set on one is not sent to the other). Auth.js's
 * endpoints stay absolute, exactly as Auth.js writes them itself: a refused link request must
 * redirect byte for byte like a sent one (lib/auth/sign-in-gate.ts).
 */
function sameOriginAuthRedirect(url: string, baseUrl: string): string {
  const target = new URL(url, baseUrl);
  if (target.origin !== new URL(baseUrl).origin) return "/admin";
  if (target.pathname.startsWith("/api/auth/")) return target.href;
  const adminPage = target.pathname === "/admin" || target.pathname.startsWith("/admin/");
  return adminPage ? `${target.pathname}${target.search}` : "/admin";
}
