// Client-safe. Where the sign-in flow may send someone afterwards: an admin page of this site,
// never another origin (an open redirect would make our sign-in emails a phishing tool).
export const ADMIN_HOME = "/admin";

export function safeAdminPath(candidate: string | null | undefined): string {
  if (!candidate) return ADMIN_HOME;
  let url: URL;
  try {
    url = new URL(candidate, "http://placeholder.invalid");
  } catch {
    return ADMIN_HOME;
  }
  // Relative input resolves onto the placeholder origin; anything else named an origin of its own.
  const relative = url.origin === "http://placeholder.invalid";
  const adminPage = url.pathname === ADMIN_HOME || (url.pathname.startsWith(`${ADMIN_HOME}/`) && !url.pathname.startsWith("/admin/sign-in"));
  return relative && adminPage ? `${url.pathname}${url.search}` : ADMIN_HOME;
}
