import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";
import { forwardPeerAddress } from "./forward-peer-address";

// A real HTTP server, as `next start` creates one: whatever X-Forwarded-For a client sends, the
// address that actually connected is appended last, so no client can choose its network.
forwardPeerAddress();
const server = http.createServer((request, response) => response.end(String(request.headers["x-forwarded-for"])));
const listening = new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function forwardedFor(headers: Record<string, string> = {}): Promise<string> {
  return (await fetch(`http://127.0.0.1:${await listening}/`, { headers })).text();
}

describe("forwardPeerAddress", () => {
  it("appends the socket's address to what the client sent", async () => {
    expect(await forwardedFor()).toBe("127.0.0.1");
    expect(await forwardedFor({ "x-forwarded-for": "6.6.6.6" })).toBe("6.6.6.6, 127.0.0.1");
  });

  it("so that with no trusted proxy a forged header is ignored", async () => {
    expect(clientAddress(await forwardedFor({ "x-forwarded-for": "6.6.6.6, 7.7.7.7" }), 0)).toBe("127.0.0.1");
    expect(clientAddress(await forwardedFor({ "x-forwarded-for": "203.0.113.9" }), 1)).toBe("203.0.113.9");
  });

  it("installs itself only once", async () => {
    forwardPeerAddress();
    expect(await forwardedFor({ "x-forwarded-for": "6.6.6.6" })).toBe("6.6.6.6, 127.0.0.1");
  });
});
