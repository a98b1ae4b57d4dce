// Which address the request came from, read from X-Forwarded-For as Next.js passes it on.
// Every entry but the rightmost can be typed by the client; the rightmost is appended from the
// TCP socket (lib/abuse/network/forward-peer-address.ts), and each trusted reverse proxy in front
// of the app appends one more. So the client is the entry `trustedProxyHops` from the right:
// whatever a client writes further left is ignored. See docs/decisions/0020-network-identity.md.

export function clientAddress(forwardedFor: string | null, trustedProxyHops: number): string | null {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (chain.length === 0) return null;
  // Fewer entries than trusted proxies: the request skipped a proxy; the leftmost is the best we know.
  return chain[Math.max(chain.length - 1 - trustedProxyHops, 0)] ?? null;
}
