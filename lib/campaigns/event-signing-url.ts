// Client-safe: the event screen's signing address, shared by the settings form (its zod check and
// its "shown as" preview) and the event screen (the QR code and the short URL under it).

export const EVENT_SIGNING_URL_MAX_LENGTH = 500;

/**
 * The setting as stored: an absolute http(s) address without credentials, normalised by the URL
 * parser (lower-case host, punycode for non-Latin domains, so what is shown is what is encoded).
 * Anything else is null: the caller reports it as an invalid field.
 */
export function normaliseEventSigningUrl(text: string): string | null {
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  // Shown on a projector and in everyone's phone: no passwords, and a host people can type.
  if (url.username || url.password || (!url.hostname.includes(".") && url.hostname !== "localhost")) return null;
  // Punycode can lengthen a host: check the stored form against the column's size too.
  return url.href.length <= EVENT_SIGNING_URL_MAX_LENGTH ? url.href : null;
}

/**
 * The address the QR code encodes: the campaign's setting, or our own signing page in the screen's
 * language; `base` is "/campaigns/<slug>" for a campaign other than the default one (ADR 0054).
 */
export function eventSigningHref(setting: string | null, appOrigin: URL, locale: string, base = ""): string {
  return setting ?? new URL(`/${locale}${base}`, appOrigin).href;
}

/** What people read and type: "belarus4aug.org/sign" (no scheme, no trailing slash). */
export function shortSigningUrl(href: string): string {
  const url = new URL(href);
  return `${url.host}${url.pathname === "/" ? "" : url.pathname.replace(/\/$/, "")}${url.search}`;
}
