import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { primaryOrigin } from "@/lib/http/site-origins";
import { eventSigningHref, shortSigningUrl } from "./event-signing-url";

/**
 * The event screen's signing address (the campaign's setting, or `/<locale>` on `origin`: the
 * address of ours the screen was opened through, APP_URL by default) and its short form. `base`:
 * "/campaigns/<slug>" for another campaign than the default (its own signing page).
 */
export async function readEventSigningUrl(campaignId: string, locale: string, origin: URL = new URL(primaryOrigin()), base = ""): Promise<{ href: string; short: string }> {
  const campaign = await db().campaign.findUnique({ where: { id: campaignId }, select: { eventSigningUrl: true } });
  if (!campaign) throw new NotFoundError(`campaign ${campaignId} does not exist`);
  const href = eventSigningHref(campaign.eventSigningUrl, origin, locale, base);
  return { href, short: shortSigningUrl(href) };
}
