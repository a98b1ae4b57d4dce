// Client-safe. Where the admin area may send someone afterwards (after signing in, after
// switching language): an admin page of this site, never another origin — an open redirect
// would make our sign-in emails a phishing tool.
export const ADMIN_HOME = "/admin";

/**
 * `candidate` when it is a path ("/…", not a relative reference) under /admin on this origin,
 * with its query, and not under one of `exclude` (pages that would only redirect again);
 * otherwise the dashboard. "//host", backslashes, "/administrator" and "/admin/../en" all end at
 * the dashboard.
 */
export function safeAdminPath(candidate: unknown, options: { exclude?: readonly string[] } = {}): string {
  const exclude = options.exclude ?? ["/admin/sign-in"];
  if (typeof candidate !== "string" || !candidate.startsWith("/")) return ADMIN_HOME;
  let url: URL;
  try {
    url = new URL(candidate, "http://placeholder.invalid");
  } catch {
    return ADMIN_HOME;
  }
  // Relative input resolves onto the placeholder origin; anything else named an origin of its own.
  const relative = url.origin === "http://placeholder.invalid";
  const adminPage = url.pathname === ADMIN_HOME || url.pathname.startsWith(`${ADMIN_HOME}/`);
  const excluded = exclude.some((path) => url.pathname === path || url.pathname.startsWith(`${path}/`));
  return relative && adminPage && !excluded ? `${url.pathname}${url.search}` : ADMIN_HOME;
}
