import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";
import { networkPrefix, UNKNOWN_NETWORK } from "./network-prefix";

describe("networkPrefix", () => {
  it("groups IPv4 addresses by /24", () => {
    expect(networkPrefix("192.0.2.1")).toBe("192.0.2.0/24");
    expect(networkPrefix("192.0.2.254")).toBe("192.0.2.0/24");
    expect(networkPrefix("192.0.3.1")).toBe("192.0.3.0/24");
    expect(networkPrefix("192.0.2.7:51234")).toBe("192.0.2.0/24");
  });

  it("groups IPv6 addresses by /64, whatever the spelling", () => {
    expect(networkPrefix("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(networkPrefix("2001:0DB8:0001:0002:ffff:0:0:9")).toBe("2001:db8:1:2::/64");
    expect(networkPrefix("[2001:db8:1:2::5]:443")).toBe("2001:db8:1:2::/64");
    expect(networkPrefix("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(networkPrefix("2001:db8:1:3::1")).not.toBe(networkPrefix("2001:db8:1:2::1"));
  });

  it("treats IPv4-mapped IPv6 addresses as the IPv4 address they carry", () => {
    expect(networkPrefix("::ffff:192.0.2.1")).toBe("192.0.2.0/24");
    expect(networkPrefix("::ffff:c000:0201")).toBe("192.0.2.0/24");
  });

  it("puts anything unparseable into one shared network", () => {
    for (const value of [null, "", "localhost", "999.1.1.1", "1:2:3", "<script>"]) expect(networkPrefix(value)).toBe(UNKNOWN_NETWORK);
  });
});

describe("clientAddress", () => {
  it("takes the address that connected when no proxy is trusted, ignoring what the client wrote", () => {
    expect(clientAddress("6.6.6.6, 198.51.100.7", 0)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7", 0)).toBe("198.51.100.7");
  });

  it("skips one entry per trusted proxy", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.9, 10.0.0.2", 1)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9, 10.0.0.3, 10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("copes with missing or short headers", () => {
    expect(clientAddress(null, 0)).toBeNull();
    expect(clientAddress(" , ", 1)).toBeNull();
    expect(clientAddress("10.0.0.2", 3)).toBe("10.0.0.2");
  });
});
