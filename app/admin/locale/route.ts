import { serverEnv } from "@/lib/env";
import { ADMIN_LOCALE_COOKIE, ADMIN_LOCALE_COOKIE_MAX_AGE, ADMIN_LOCALE_COOKIE_PATH, safeAdminReturnPath } from "@/lib/i18n/admin-locale";
import { isLocale } from "@/lib/i18n/routing";
import { sameOriginOnly } from "@/lib/security/same-origin-route";

// The admin header's language switcher posts here (a plain form, so it works without JavaScript):
// the choice goes into a cookie that only /admin pages receive, and the organiser goes back to the
// page they were on. The public site never sets this or any cookie (docs/decisions/0027-…).
// Same-origin only like every mutating route: another site has no business choosing it.
export const POST = sameOriginOnly(async (request: Request): Promise<Response> => {
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
});
