import { isCampaignSlug } from "@/lib/campaigns/admin-campaign-cookie";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";
import { escapeHtml } from "@/lib/mail/escape-html";

// oEmbed (https://oembed.com) for the live counter: a "rich" answer whose html is our iframe.
// Only our own /embed/counter and /<locale>/stats addresses are embeddable, and another campaign's
// /<locale>/campaigns/<slug>/stats and /embed/counter?campaign=<slug> (ADR 0054; the route checks
// that the slug names a public campaign).

export const COUNTER_SIZE = { compact: { width: 320, height: 120 }, large: { width: 480, height: 220 } } as const;
export type CounterVariant = keyof typeof COUNTER_SIZE;

export function isCounterVariant(value: unknown): value is CounterVariant {
  return value === "compact" || value === "large";
}

export interface CounterEmbed {
  locale: Locale;
  variant: CounterVariant;
  /** Another public campaign's counter (ADR 0054); the default campaign's without it. */
  campaignSlug?: string;
}

/** Which counter a URL on our origin stands for, or null when it is not one we can embed. */
export function counterForUrl(raw: string, origin: URL): CounterEmbed | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.origin !== origin.origin) return null;
  const stats = /^\/(en|be|ru)(?:\/campaigns\/([^/]+))?\/stats\/?$/.exec(url.pathname);
  if (stats) {
    const [, locale, campaignSlug] = stats;
    if (campaignSlug === undefined) return { locale: locale as Locale, variant: "large" };
    return isCampaignSlug(campaignSlug) ? { locale: locale as Locale, variant: "large", campaignSlug } : null;
  }
  if (url.pathname !== "/embed/counter") return null;
  const locale = url.searchParams.get("locale") ?? routing.defaultLocale;
  const variant = url.searchParams.get("variant") ?? "compact";
  const campaignSlug = url.searchParams.get("campaign");
  if (!isLocale(locale) || !isCounterVariant(variant)) return null;
  if (campaignSlug === null) return { locale, variant };
  return isCampaignSlug(campaignSlug) ? { locale, variant, campaignSlug } : null;
}

export function counterUrl(origin: URL, embed: CounterEmbed): string {
  const campaign = embed.campaignSlug ? `&campaign=${encodeURIComponent(embed.campaignSlug)}` : "";
  return new URL(`/embed/counter?locale=${embed.locale}&variant=${embed.variant}${campaign}`, origin).toString();
}

export function counterIframe(origin: URL, embed: CounterEmbed, title: string): string {
  const { width, height } = COUNTER_SIZE[embed.variant];
  return `<iframe src="${escapeHtml(counterUrl(origin, embed))}" width="${width}" height="${height}" title="${escapeHtml(title)}" loading="lazy" style="border:0"></iframe>`;
}
