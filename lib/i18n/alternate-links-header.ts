import { routing } from "./routing";

// The `Link` header that names a page in every language (hreflang), for search engines.
// next-intl builds it from the request's Host / X-Forwarded-Host, which any client chooses:
// a forged header came back in our answer (and in any cache in front of us). Ours names
// APP_URL, the site's public origin, whatever the request said. Its format is next-intl's.

/** `Link` for a locale-prefixed page path (`/be/map` → en, be, ru and x-default), or null. */
export function alternateLinksHeader(pathname: string, appUrl: string): string | null {
  const [, prefix, ...rest] = pathname.split("/");
  if (!(routing.locales as readonly string[]).includes(prefix ?? "")) return null;
  const page = rest.length > 0 && rest.join("/") !== "" ? `/${rest.join("/").replace(/\/+$/, "")}` : "";
  const origin = new URL(appUrl).origin;
  const links = routing.locales.map((locale) => `<${origin}/${locale}${page}>; rel="alternate"; hreflang="${locale}"`);
  links.push(`<${origin}${page || "/"}>; rel="alternate"; hreflang="x-default"`);
  return links.join(", ");
}
