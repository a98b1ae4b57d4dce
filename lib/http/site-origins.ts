import { publicEnv, type PublicEnv } from "@/lib/public-env";

// One site, several addresses: APP_URL (the canonical one), mirrors in APP_ALT_URLS for when a
// censor blocks the main domain, and the onion service in ONION_URL for Tor users. A reader who
// came through one of them must get pages, share links and emailed links that work there, and
// their forms must pass the same-origin rule there. Which one a request came through is read
// from its Host (or, for a form post, its Origin) and honoured only when it is in this list:
// a client that names any other host gets APP_URL, so a forged header can never put an address
// of someone else's into our pages, emails or caches. See docs/decisions/0049-….

type OriginEnv = Pick<PublicEnv, "APP_URL" | "APP_ALT_URLS" | "ONION_URL">;

const DEFAULT_APP_URL = "http://localhost:3000";

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** Every origin this site answers as, APP_URL's first; malformed entries are left out. */
export function siteOrigins(env: OriginEnv = publicEnv()): string[] {
  const candidates = [env.APP_URL ?? DEFAULT_APP_URL, ...(env.APP_ALT_URLS ?? "").split(","), env.ONION_URL ?? ""];
  const origins = candidates.map((entry) => originOf(entry.trim())).filter((origin): origin is string => origin !== null);
  return [...new Set(origins)];
}

/** APP_URL's origin: for what has no request behind it (sign-in links, jobs without an origin). */
export function primaryOrigin(env: OriginEnv = publicEnv()): string {
  return siteOrigins(env)[0] ?? DEFAULT_APP_URL;
}

/** The origin `origin` names if it is one of ours (exactly), else null. */
export function ourOrigin(origin: string | null | undefined, env: OriginEnv = publicEnv()): string | null {
  if (!origin) return null;
  return siteOrigins(env).includes(origin) ? origin : null;
}

/**
 * The origin a request for `host` (the Host header, "name[:port]") came through: the one of ours
 * with that host, else APP_URL's. Hosts compare case-insensitively; the scheme is ours to know
 * (a TLS-terminating proxy in front may hide it), so two origins differing only by scheme
 * resolve to the first listed.
 */
export function originForHost(host: string | null | undefined, env: OriginEnv = publicEnv()): string {
  const origins = siteOrigins(env);
  const wanted = host?.trim().toLowerCase();
  return (wanted && origins.find((origin) => new URL(origin).host === wanted)) || (origins[0] ?? DEFAULT_APP_URL);
}

/**
 * The `Onion-Location` header's value for a page at `pathAndQuery` reached through `host`: Tor
 * Browser offers the onion service instead. None when no onion service is set, or when the
 * reader is already on it.
 */
export function onionLocation(pathAndQuery: string, host: string | null | undefined, env: OriginEnv = publicEnv()): string | null {
  const onion = originOf(env.ONION_URL ?? "");
  if (!onion || originForHost(host, env) === onion) return null;
  return `${onion}${pathAndQuery.startsWith("/") ? pathAndQuery : `/${pathAndQuery}`}`;
}
