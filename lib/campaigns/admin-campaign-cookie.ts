// Client-safe: the admin area's campaign switcher keeps the organiser's choice in a cookie that
// only /admin receives, like the admin language (docs/decisions/0054-several-campaigns-one-instance.md).
// The cookie is a wish, not a grant: lib/campaigns/accessible-campaigns.ts checks it on every request.

export const ADMIN_CAMPAIGN_COOKIE = "admin-campaign";
export const ADMIN_CAMPAIGN_COOKIE_PATH = "/admin";
export const ADMIN_CAMPAIGN_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Lower-case letters, digits and single hyphens, 3 to 64 characters: safe in a URL path as is. */
export const CAMPAIGN_SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,63}$/;

export function isCampaignSlug(value: unknown): value is string {
  return typeof value === "string" && CAMPAIGN_SLUG_PATTERN.test(value);
}
