// True unless the browser says the request comes from another site. Fetch metadata
// (Sec-Fetch-Site) is sent by every current browser; "none" is a URL typed or bookmarked. Where
// it is missing (older clients, scripts) an Origin header, if any, must be our own host.
export function isSameOriginRequest(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  const origin = request.headers.get("origin");
  if (!origin) return true;
  try {
    return new URL(origin).host === (request.headers.get("host") ?? new URL(request.url).host);
  } catch {
    return false;
  }
}
