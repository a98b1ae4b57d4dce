import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { siteOrigin } from "@/lib/seo/page-metadata";
import { eventSigningHref, shortSigningUrl } from "./event-signing-url";

/** The event screen's signing address (the campaign's setting, or APP_URL's /<locale>) and its short form. */
export async function readEventSigningUrl(campaignId: string, locale: string): Promise<{ href: string; short: string }> {
  const campaign = await db().campaign.findUnique({ where: { id: campaignId }, select: { eventSigningUrl: true } });
  if (!campaign) throw new NotFoundError(`campaign ${campaignId} does not exist`);
  const href = eventSigningHref(campaign.eventSigningUrl, siteOrigin(), locale);
  return { href, short: shortSigningUrl(href) };
}
