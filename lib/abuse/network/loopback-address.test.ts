import { describe, expect, it } from "vitest";
import { isLoopbackAddress, isLoopbackClient } from "./loopback-address";

describe("isLoopbackAddress", () => {
  it.each(["127.0.0.1", "127.8.9.10", "::1", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1"])("%s is the machine itself", (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each(["10.0.0.1", "192.168.1.2", "::ffff:10.0.0.1", "::2", "fe80::1", "0.0.0.0", "localhost", "", "127.0.0.1.evil", "not an address"])("%s is not", (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });
});

// X-Forwarded-For as the app sees it: the socket's peer is always appended last (forward-peer-address.ts).
describe("isLoopbackClient", () => {
  it("lets a browser on the machine in when clients connect directly", () => {
    expect(isLoopbackClient("127.0.0.1", 0)).toBe(true);
    expect(isLoopbackClient("::1", 0)).toBe(true);
  });

  it("ignores what a remote client writes into X-Forwarded-For when no proxy is trusted", () => {
    expect(isLoopbackClient("127.0.0.1, 203.0.113.7", 0)).toBe(false);
  });

  it("refuses a client forwarded by a reverse proxy on the same machine", () => {
    expect(isLoopbackClient("203.0.113.7, 127.0.0.1", 1)).toBe(false);
    expect(isLoopbackClient("10.1.2.3, 127.0.0.1", 1)).toBe(false);
  });

  it("refuses a request whose address is unknown", () => {
    expect(isLoopbackClient(null, 0)).toBe(false);
    expect(isLoopbackClient("", 1)).toBe(false);
  });
});
