// Where a campaign's public pages and files live. The default campaign's sit at the site's root
// paths; another campaign's under /campaigns/<slug> (ADR 0054), so a citation's or a delivery's
// address always names the campaign it counts, and one campaign's address never shows another's.
// `campaignSlug` is undefined for the default campaign (public-campaign-path.ts otherCampaignSlug).

/** The path prefix of a campaign's pages: "" for the default, /campaigns/<slug> for another. */
export function campaignBase(campaignSlug: string | undefined): string {
  return campaignSlug ? `/campaigns/${campaignSlug}` : "";
}

/** The campaign's numbers page, where "Cite this" is. */
export function statsPagePath(locale: string, campaignSlug?: string): string {
  return `/${locale}${campaignBase(campaignSlug)}/stats`;
}

/** A snapshot's permalink, the page that shows its figures and hash. */
export function snapshotPagePath(locale: string, id: string, campaignSlug?: string): string {
  return `${statsPagePath(locale, campaignSlug)}/snapshots/${id}`;
}

/** A snapshot's JSON: the exact bytes that were hashed. */
export function snapshotFilePath(id: string, campaignSlug?: string): string {
  return `/api/v1${campaignBase(campaignSlug)}/snapshots/${id}.json`;
}

/** The campaign's public delivery record. */
export function deliveryPagePath(locale: string, campaignSlug?: string): string {
  return `/${locale}${campaignBase(campaignSlug)}/delivery`;
}
