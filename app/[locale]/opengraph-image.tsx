import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { publicTotal } from "@/lib/stats/public-total";
import { withCardGlyphsOnly } from "@/lib/seo/card-glyphs";
import { SocialCard } from "@/lib/seo/social-card";
import { socialCardFonts } from "@/lib/seo/social-card-fonts";

// The picture shown when a page of the site is shared (Open Graph; twitter-image.tsx reuses it).
// It shows the live number of confirmed supporters, so it is drawn per request, never at build
// time (the build has no database). Social networks fetch it rarely and cache it themselves;
// the few minutes of caching allowed below let a proxy in front absorb bursts of requests.

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
const cacheControl = "public, max-age=300";

type ImageProps = { params: Promise<{ locale: string }> };

/** One image per page; generateImageMetadata is the only way to give it an alt text per locale. */
export async function generateImageMetadata({ params }: { params: { locale: string } }) {
  const locale = isLocale(params.locale) ? params.locale : "en";
  const [tHome, tShare] = await Promise.all([getTranslations({ locale, namespace: "home" }), getTranslations({ locale, namespace: "share" })]);
  return [{ id: "card", alt: tShare("imageAlt", { headline: tHome("headline") }), size, contentType }];
}

/** The public number, or null when it should not be shown or cannot be read right now. */
async function publicCount(): Promise<number | null> {
  try {
    const campaign = await getCurrentCampaign();
    // Frozen during an incident, and "no one yet" is no reason for anyone to click.
    if (campaign.countsFrozen) return null;
    const count = await publicTotal(campaign.id);
    return count > 0 ? count : null;
  } catch (error) {
    // A card without the number beats a broken preview; the page itself reports the outage.
    console.warn("[opengraph-image] drawing the card without the count:", error instanceof Error ? error.message : error);
    return null;
  }
}

async function cardText(locale: Locale, count: number | null) {
  const [tHome, tCount, tLayout] = await Promise.all([
    getTranslations({ locale, namespace: "home" }),
    getTranslations({ locale, namespace: "count" }),
    getTranslations({ locale, namespace: "layout" }),
  ]);
  return {
    eyebrow: withCardGlyphsOnly(tHome("eyebrow")),
    headline: withCardGlyphsOnly(tHome("headline")),
    count: count === null ? null : withCardGlyphsOnly(tCount("label", { count })),
    siteName: withCardGlyphsOnly(tLayout("siteName")),
  };
}

export default async function OpenGraphImage({ params }: ImageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const [text, fonts] = await Promise.all([publicCount().then((count) => cardText(locale, count)), socialCardFonts()]);
  return new ImageResponse(<SocialCard {...text} />, { ...size, fonts, headers: { "Cache-Control": cacheControl } });
}
