import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./content-security-policy";
import { isFrameable, securityHeadersFor, usesLocaleRouting } from "./security-headers";

const directives = (policy: string) => new Map(policy.split("; ").map((part) => [part.split(" ")[0], part.split(" ").slice(1)]));

describe("the Content-Security-Policy", () => {
  it("allows scripts only with the nonce, and nothing from another origin", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc", frameable: false, development: false, https: true }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(true);
    expect([...policy.values()].flat().join(" ")).not.toMatch(/https?:|\*(?!\w)/);
  });

  it("lets any site frame embeds, allows eval only under next dev, upgrades only over https", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", frameable: true, development: false, https: false })).get("frame-ancestors")).toEqual(["*"]);
    expect(directives(contentSecurityPolicy({ nonce: "n", frameable: false, development: true, https: false })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy({ nonce: "n", frameable: false, development: false, https: false })).has("upgrade-insecure-requests")).toBe(false);
  });

  it("uses 128-bit nonces in the alphabet Next reads, different every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("securityHeadersFor", () => {
  it("gives pages a nonce on the request and the same policy on the response", () => {
    const headers = securityHeadersFor("/en/map", { NODE_ENV: "production", APP_URL: "https://pledge.example.org" });
    expect(headers.response["Content-Security-Policy"]).toBe(headers.request["content-security-policy"]);
    expect(headers.response["Content-Security-Policy"]).toContain(`'nonce-${headers.request["x-nonce"]}'`);
  });

  it("gives /api a policy that allows nothing", () => {
    expect(securityHeadersFor("/api/live", {}).response["Content-Security-Policy"]).toMatch(/^default-src 'none'/);
    expect(securityHeadersFor("/api/live", {}).request).toEqual({});
  });

  it("routes locales where it always did, and frames only /embed", () => {
    expect(["/", "/en", "/map", "/en/privacy"].map(usesLocaleRouting)).toEqual([true, true, true, true]);
    expect(["/admin", "/admin/audit", "/api/live", "/embed/counter", "/dev/mailbox", "/_next/data"].map(usesLocaleRouting)).toEqual([false, false, false, false, false, false]);
    // Files at the root reach proxy.ts too (its matcher skips only static assets) and keep their path.
    expect(["/icon.svg", "/robots.txt", "/confirm/a.b", "/en/confirm/a.b"].map(usesLocaleRouting)).toEqual([false, false, true, true]);
    expect(["/embed", "/embed/counter", "/embedded", "/en/embed"].map(isFrameable)).toEqual([true, true, false, false]);
  });
});
