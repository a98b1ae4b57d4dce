import { ADMIN_CAMPAIGN_COOKIE, ADMIN_CAMPAIGN_COOKIE_MAX_AGE, ADMIN_CAMPAIGN_COOKIE_PATH, isCampaignSlug } from "@/lib/campaigns/admin-campaign-cookie";
import { serverEnv } from "@/lib/env";
import { safeAdminPath } from "@/lib/auth/admin-path";
import { sameOriginOnly } from "@/lib/security/same-origin-route";

// The admin header's campaign switcher posts here (a plain form: it works without JavaScript).
// The choice goes into a cookie only /admin receives; it grants nothing: every request checks it
// against the organiser's roles (lib/auth/current-organiser.ts) and falls back when they have
// none there. Back to the page they were on without its query, which may name the other campaign's
// items (a pledge, a filter).
export const POST = sameOriginOnly(async (request: Request): Promise<Response> => {
  const form = await request.formData().catch(() => null);
  const slug = form?.get("campaign");
  const back = safeAdminPath(form?.get("returnTo"), { exclude: ["/admin/campaign"] }).split("?")[0] ?? "/admin";
  const response = new Response(null, { status: 303, headers: { Location: back } });
  if (!isCampaignSlug(slug)) return response;
  const secure = new URL(serverEnv().APP_URL).protocol === "https:";
  const cookie = [`${ADMIN_CAMPAIGN_COOKIE}=${slug}`, `Path=${ADMIN_CAMPAIGN_COOKIE_PATH}`, `Max-Age=${ADMIN_CAMPAIGN_COOKIE_MAX_AGE}`, "SameSite=Lax", "HttpOnly", ...(secure ? ["Secure"] : [])];
  response.headers.append("Set-Cookie", cookie.join("; "));
  return response;
});
