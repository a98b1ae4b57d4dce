import { describe, expect, it } from "vitest";
import { isSameOriginRequest, requireSameOriginNavigation } from "./require-same-origin";
import { sameOriginOnly } from "./same-origin-route";

const APP_URL = "https://pledge.example.org";

describe("isSameOriginRequest", () => {
  it.each([
    ["our own origin", { origin: "https://pledge.example.org" }, true],
    ["the browser saying same-origin (even from another host name of ours)", { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }, true],
    ["no browser headers at all (curl, a server)", {}, true],
    ["another site", { origin: "https://evil.example" }, false],
    ["another site that claims our origin in Referer only", { origin: "https://evil.example", referer: "https://pledge.example.org/" }, false],
    ["our host over http", { origin: "http://pledge.example.org" }, false],
    ["a sibling subdomain", { origin: "https://evil.pledge.example.org", "sec-fetch-site": "same-site" }, false],
    ["the opaque origin null", { origin: "null" }, false],
    ["a cross-site fetch without Origin", { "sec-fetch-site": "cross-site" }, false],
  ] as const)("%s → %s", (_label, headers, expected) => {
    expect(isSameOriginRequest(new Headers(headers), APP_URL)).toBe(expected);
  });
});

describe("isSameOriginRequest for a GET download", () => {
  it.each([
    ["a link on our own page", { "sec-fetch-site": "same-origin" }, true],
    ["a typed or bookmarked URL", { "sec-fetch-site": "none" }, true],
    ["a link on another site", { "sec-fetch-site": "cross-site" }, false],
    ["a sibling subdomain", { "sec-fetch-site": "same-site" }, false],
    ["an old browser sending another Origin", { origin: "https://evil.example" }, false],
    ["no browser headers at all", {}, true],
  ] as const)("%s → %s", (_label, headers, expected) => {
    expect(isSameOriginRequest(new Headers(headers), APP_URL, { typedUrlIsOurs: true })).toBe(expected);
  });

  it("a typed URL never passes for a POST", () => {
    expect(isSameOriginRequest(new Headers({ "sec-fetch-site": "none" }), APP_URL)).toBe(false);
  });

  it("requireSameOriginNavigation checks GETs too", () => {
    expect(() => requireSameOriginNavigation(new Request("http://localhost:3000/x", { headers: { "sec-fetch-site": "cross-site" } }))).toThrow(/cross-origin GET refused/);
    expect(() => requireSameOriginNavigation(new Request("http://localhost:3000/x", { headers: { "sec-fetch-site": "none" } }))).not.toThrow();
  });
});

describe("sameOriginOnly", () => {
  const handler = sameOriginOnly(async (request: Request) => Response.json({ ok: true, method: request.method }));
  const appOrigin = new URL(process.env.APP_URL ?? "http://localhost:3000").origin;

  it("refuses a cross-origin POST with 403 JSON before the handler runs", async () => {
    const response = await handler(new Request(`${appOrigin}/api/x`, { method: "POST", headers: { origin: "https://evil.example" } }));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: "forbidden" } });
  });

  it("passes same-origin POSTs and every GET", async () => {
    expect((await handler(new Request(`${appOrigin}/api/x`, { method: "POST", headers: { origin: appOrigin } }))).status).toBe(200);
    expect((await handler(new Request(`${appOrigin}/api/x`, { headers: { origin: "https://evil.example" } }))).status).toBe(200);
  });
});
