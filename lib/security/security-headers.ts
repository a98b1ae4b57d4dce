import { publicEnv, type PublicEnv } from "@/lib/public-env";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, createNonce } from "./content-security-policy";

// What proxy.ts adds to a request before Next renders it, and to the answer. Kept out of
// proxy.ts so the rules can be tested without a server. Reads publicEnv(), not serverEnv():
// proxy.ts runs before (and apart from) the app's validated configuration in lib/env.ts.

/**
 * Paths where next-intl adds or resolves the locale prefix: the public pages. Not a file at the
 * root (/icon.svg, /robots.txt): giving it a prefix would send the browser to a page that does
 * not exist.
 */
export function usesLocaleRouting(pathname: string): boolean {
  return !/^\/(api|admin|embed|dev|_next|_vercel)/.test(pathname) && !/^\/[^/]*\.[^/]*$/.test(pathname);
}

export function isFrameable(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

export interface SecurityHeaders {
  /** Set on the request Next renders: Next reads the nonce from the CSP header and applies it. */
  request: Record<string, string>;
  response: Record<string, string>;
}

/**
 * `origin`: the one of ours the request came through (lib/http/site-origins.ts). An onion
 * service or a mirror may be plain http while APP_URL is https: `upgrade-insecure-requests`
 * there would send the page's own scripts to an https address that does not answer.
 */
export function securityHeadersFor(pathname: string, env: Pick<PublicEnv, "NODE_ENV" | "APP_URL"> = publicEnv(), origin?: string): SecurityHeaders {
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    return { request: {}, response: { "Content-Security-Policy": API_CONTENT_SECURITY_POLICY } };
  }
  const nonce = createNonce();
  const policy = contentSecurityPolicy({
    nonce,
    frameable: isFrameable(pathname),
    development: env.NODE_ENV === "development",
    https: (origin ?? env.APP_URL ?? "").startsWith("https:"),
  });
  return {
    request: { "x-nonce": nonce, "content-security-policy": policy },
    response: { "Content-Security-Policy": policy },
  };
}
