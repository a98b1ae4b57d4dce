// The Content-Security-Policy of every HTML response (set in proxy.ts). Scripts run only with
// this request's nonce, or when a nonce-bearing script loads them ('strict-dynamic': Next's
// chunks and MapLibre). Everything else comes from our own origin: no page may reach another
// site (the supporters' safety rule), and the policy makes that a browser-enforced fact.
// See docs/decisions/0019-content-security-policy-with-nonces.md; public pages share one render's
// nonce for a few seconds (docs/decisions/0051-public-pages-cached-with-a-nonce-per-render.md).

export interface PolicyOptions {
  nonce: string;
  /** /embed/* pages may be framed by any site; every other page by none. */
  frameable: boolean;
  /** `next dev` needs eval for React's debugging aids; production never does. */
  development: boolean;
  /** Served over https: let browsers upgrade any stray http:// reference. */
  https: boolean;
}

export function contentSecurityPolicy(options: PolicyOptions): string {
  const nonce = `'nonce-${options.nonce}'`;
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", nonce, "'strict-dynamic'", ...(options.development ? ["'unsafe-eval'"] : [])],
    // <style> elements need the nonce (Next puts it on the ones it writes); style="" attributes
    // are allowed because React writes them into server-rendered HTML (the progress bar). An
    // attribute can only restyle its own element: no selectors, no data leaks.
    ["style-src", "'self'", nonce],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    // MapLibre's worker is our own file (public/vendor/maplibre); blob: is its fallback loader.
    ["worker-src", "'self'", "blob:"],
    ["manifest-src", "'self'"],
    ["media-src", "'self'"],
    ["frame-src", "'none'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", options.frameable ? "*" : "'none'"],
  ];
  if (options.https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** JSON, SSE and other non-HTML answers: nothing in them may run, load or be framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** 128 random bits, base64: unguessable, and in the alphabet Next's nonce parser accepts. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
