// Conditional GET (RFC 9110 §13) for the cacheable public endpoints: the map, the open data API
// and the badge. One helper, so every endpoint answers If-None-Match and If-Modified-Since alike.

/** Whether an If-None-Match header matches `etag` (weak comparison, as RFC 9110 asks for GET). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}

/**
 * Whether the client's copy is current: If-None-Match decides when present (it is the more precise
 * validator); otherwise If-Modified-Since, at the one-second precision of HTTP dates.
 */
export function isNotModified(request: Request, validators: { etag: string; lastModified?: Date | null }): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) return matchesIfNoneMatch(ifNoneMatch, validators.etag);
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (!ifModifiedSince || !validators.lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  if (Number.isNaN(since)) return false;
  return Math.floor(validators.lastModified.getTime() / 1000) * 1000 <= since;
}
