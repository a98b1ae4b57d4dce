import { BlockList, isIPv4, isIPv6 } from "node:net";
import { clientAddress } from "./client-address";

// Whether a request comes from the machine itself: what the development mailbox (which holds
// organisers' sign-in links) demands of its clients. The client is the address TRUSTED_PROXY_HOPS
// picks from X-Forwarded-For, never the socket's alone: behind a reverse proxy on the same host
// every socket is local, but the client the proxy forwards is not.

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4"); // also matches IPv4-mapped IPv6 (::ffff:127.0.0.1)
loopback.addAddress("::1", "ipv6");

export function isLoopbackAddress(address: string | null): boolean {
  if (!address) return false;
  if (isIPv4(address)) return loopback.check(address, "ipv4");
  return isIPv6(address) && loopback.check(address, "ipv6");
}

export function isLoopbackClient(forwardedFor: string | null, trustedProxyHops: number): boolean {
  return isLoopbackAddress(clientAddress(forwardedFor, trustedProxyHops));
}
