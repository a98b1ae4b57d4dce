import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { originForHost } from "@/lib/http/site-origins";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";

// Open Graph and Twitter metadata for a page, so a shared link shows a proper card. The card's
// picture is not named here: app/[locale]/opengraph-image.tsx and twitter-image.tsx are picked up
// by Next for every page under app/[locale]/ and it adds their og:image / twitter:image tags.

const openGraphLocales: Record<Locale, string> = { en: "en_GB", be: "be_BY", ru: "ru_RU" };

/**
 * The public origin this request came through, that metadata, share links and embed code are
 * built on: APP_URL, or a mirror or onion address of ours when the reader used one (never a host
 * the client made up; lib/http/site-origins.ts).
 */
export async function siteOrigin(): Promise<URL> {
  // publicEnv() underneath, not serverEnv(): metadata must not need the database settings.
  return new URL(originForHost((await headers()).get("host")));
}

export interface SocialPage {
  title: string;
  description: string;
  /** The page's path after the locale: "" for the home page, "/privacy" for /en/privacy. */
  path: string;
}

export async function socialMetadata(locale: Locale, { title, description, path }: SocialPage): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "layout" });
  const url = `/${locale}${path}`;
  const languages = Object.fromEntries(routing.locales.map((other) => [other, `/${other}${path}`]));
  return {
    metadataBase: await siteOrigin(),
    // The page's own <title> and description too: without them a page inherits the layout's, and
    // every tab, bookmark and search result would read like the home page.
    title,
    description,
    alternates: {
      canonical: url,
      // The unprefixed path picks the reader's language (proxy.ts), the right default.
      languages: { ...languages, "x-default": path || "/" },
    },
    openGraph: {
      type: "website",
      locale: openGraphLocales[locale],
      alternateLocale: routing.locales.filter((other) => other !== locale).map((other) => openGraphLocales[other]),
      url,
      siteName: t("siteName"),
      title,
      description,
    },
    twitter: { card: "summary_large_image", title, description },
  };
}

/**
 * A page behind an emailed link (confirm, withdraw): its own title in the tab, but never indexed
 * and no share card, since its address holds a personal token.
 */
export async function emailedLinkMetadata(locale: string, namespace: "confirm" | "withdraw"): Promise<Metadata> {
  const robots = { index: false, follow: false };
  if (!isLocale(locale)) return { robots };
  const t = await getTranslations({ locale, namespace });
  const tLayout = await getTranslations({ locale, namespace: "layout" });
  return { title: `${t("title")} — ${tLayout("siteName")}`, robots };
}
