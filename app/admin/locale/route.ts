import { serverEnv } from "@/lib/env";
import { ADMIN_LOCALE_COOKIE, ADMIN_LOCALE_COOKIE_MAX_AGE, ADMIN_LOCALE_COOKIE_PATH, safeAdminReturnPath } from "@/lib/i18n/admin-locale";
import { isLocale } from "@/lib/i18n/routing";

// The admin header's language switcher posts here (a plain form, so it works without JavaScript):
// the choice goes into a cookie that only /admin pages receive, and the organiser goes back to the
// page they were on. The public site never sets this or any cookie (docs/decisions/0027-…).
export async function POST(request: Request): Promise<Response> {
  // Same-site forms only: a cross-site page has no business choosing an organiser's language.
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && origin !== "null" && new URL(origin).host !== host) return new Response("Forbidden", { status: 403 });

  const form = await request.formData().catch(() => null);
  const locale = form?.get("locale");
  const back = safeAdminReturnPath(form?.get("returnTo"));
  // A relative Location: the redirect cannot leave this origin, whatever Host said.
  const response = new Response(null, { status: 303, headers: { Location: back } });
  if (!isLocale(locale)) return response;
  const secure = new URL(serverEnv().APP_URL).protocol === "https:";
  const cookie = [`${ADMIN_LOCALE_COOKIE}=${locale}`, `Path=${ADMIN_LOCALE_COOKIE_PATH}`, `Max-Age=${ADMIN_LOCALE_COOKIE_MAX_AGE}`, "SameSite=Lax", ...(secure ? ["Secure"] : [])];
  response.headers.append("Set-Cookie", cookie.join("; "));
  return response;
}
