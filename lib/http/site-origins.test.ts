import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "@/lib/security/same-origin-rule";
import { securityHeadersFor } from "@/lib/security/security-headers";
import { onionLocation, originForHost, ourOrigin, primaryOrigin, siteOrigins } from "./site-origins";

const onion = `http://${"a".repeat(56)}.onion`;
const env = { APP_URL: "https://pledge.example.org/", APP_ALT_URLS: " https://mirror.example.net , https://other.example.com:8443", ONION_URL: onion };

describe("site origins", () => {
  it("lists APP_URL first, then the mirrors and the onion service, as origins, without repeats or malformed entries", () => {
    expect(siteOrigins(env)).toEqual(["https://pledge.example.org", "https://mirror.example.net", "https://other.example.com:8443", onion]);
    expect(siteOrigins({ APP_URL: "https://pledge.example.org", APP_ALT_URLS: "https://pledge.example.org,not a url,javascript:alert(1)" })).toEqual(["https://pledge.example.org"]);
    expect(siteOrigins({})).toEqual(["http://localhost:3000"]);
    expect(primaryOrigin(env)).toBe("https://pledge.example.org");
  });

  it("answers a request with the address it came through, and APP_URL for any host that is not ours", () => {
    expect(originForHost("mirror.example.net", env)).toBe("https://mirror.example.net");
    expect(originForHost("MIRROR.example.NET", env)).toBe("https://mirror.example.net");
    expect(originForHost("other.example.com:8443", env)).toBe("https://other.example.com:8443");
    expect(originForHost(`${"a".repeat(56)}.onion`, env)).toBe(onion);
    // A forged or unknown Host never makes it into our links.
    expect(originForHost("evil.example", env)).toBe("https://pledge.example.org");
    expect(originForHost("other.example.com", env)).toBe("https://pledge.example.org");
    expect(originForHost(null, env)).toBe("https://pledge.example.org");
    expect(ourOrigin("https://mirror.example.net", env)).toBe("https://mirror.example.net");
    expect(ourOrigin("https://mirror.example.net.evil.example", env)).toBeNull();
    expect(ourOrigin(undefined, env)).toBeNull();
  });

  it("announces the onion service on every other address, not on the onion service itself", () => {
    expect(onionLocation("/be/map?x=1", "pledge.example.org", env)).toBe(`${onion}/be/map?x=1`);
    expect(onionLocation("/en", "mirror.example.net", env)).toBe(`${onion}/en`);
    expect(onionLocation("/en", `${"a".repeat(56)}.onion`, env)).toBeNull();
    expect(onionLocation("/en", "pledge.example.org", { APP_URL: env.APP_URL })).toBeNull();
  });

  it("accepts form posts from every address of ours and from nowhere else", () => {
    const ours = siteOrigins(env);
    const from = (origin: string) => new Headers({ origin });
    expect(isSameOriginRequest(from("https://mirror.example.net"), ours)).toBe(true);
    expect(isSameOriginRequest(from(onion), ours)).toBe(true);
    expect(isSameOriginRequest(from("https://pledge.example.org"), ours)).toBe(true);
    expect(isSameOriginRequest(from("https://evil.example"), ours)).toBe(false);
    expect(isSameOriginRequest(from("http://mirror.example.net"), ours)).toBe(false);
    expect(isSameOriginRequest(from("null"), ours)).toBe(false);
  });

  it("asks for https upgrades only where the reader's address is https (an onion service is plain http)", () => {
    const csp = (origin: string) => securityHeadersFor("/en", { NODE_ENV: "production", APP_URL: env.APP_URL }, origin).response["Content-Security-Policy"];
    expect(csp("https://mirror.example.net")).toContain("upgrade-insecure-requests");
    expect(csp(onion)).not.toContain("upgrade-insecure-requests");
  });
});
