import { isIPv4, isIPv6 } from "node:net";

// The network an address belongs to: its /24 for IPv4 and its /64 for IPv6 (one home or office
// line, typically), written canonically so that every spelling of one network is one string.
// IPv4-mapped IPv6 addresses (::ffff:192.0.2.1, as a dual-stack socket reports IPv4 clients) are
// IPv4. Anything unparseable is one shared "unknown" network: it is limited, not trusted.

export const UNKNOWN_NETWORK = "unknown";

export function networkPrefix(address: string | null): string {
  const bare = stripDecorations(address ?? "");
  if (isIPv4(bare)) return ipv4Network(bare);
  if (isIPv6(bare)) {
    const groups = expandIpv6(bare);
    if (!groups) return UNKNOWN_NETWORK;
    if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
      return ipv4Network(`${groups[6]! >> 8}.${groups[6]! & 0xff}.${groups[7]! >> 8}.${groups[7]! & 0xff}`);
    }
    return `${groups.slice(0, 4).map((group) => group.toString(16)).join(":")}::/64`;
  }
  return UNKNOWN_NETWORK;
}

function ipv4Network(address: string): string {
  const [a, b, c] = address.split(".");
  return `${Number(a)}.${Number(b)}.${Number(c)}.0/24`;
}

/** "[2001:db8::1]:443" → "2001:db8::1", "192.0.2.1:5000" → "192.0.2.1", "fe80::1%eth0" → "fe80::1". */
function stripDecorations(value: string): string {
  let text = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  const zone = text.indexOf("%");
  return zone >= 0 ? text.slice(0, zone) : text;
}

/** Eight 16-bit groups of a valid IPv6 address (a dotted IPv4 tail counts as two groups). */
function expandIpv6(address: string): number[] | null {
  let text = address.toLowerCase();
  const tail = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail[1]!.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = rest ? rest.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (rest === undefined && missing !== 0)) return null;
  const groups = [...left, ...Array<string>(rest === undefined ? 0 : missing).fill("0"), ...right].map((group) => parseInt(group, 16));
  return groups.length === 8 && groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : null;
}
