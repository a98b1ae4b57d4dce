import "server-only";
import { serverEnv } from "@/lib/env";

/** Where a campaign's public home page is: the site's root for the default campaign, else /campaigns/<slug> (ADR 0054). */
export function publicCampaignPath(locale: string, slug: string): string {
  return slug === serverEnv().CAMPAIGN_SLUG ? `/${locale}` : `/${locale}/campaigns/${slug}`;
}

/**
 * `slug` when it names another campaign than the default, else undefined: the form public
 * addresses take (the default campaign's pages and snapshots live at the site's root paths).
 */
export function otherCampaignSlug(slug: string): string | undefined {
  return slug === serverEnv().CAMPAIGN_SLUG ? undefined : slug;
}
