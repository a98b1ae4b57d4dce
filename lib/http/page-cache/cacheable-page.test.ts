import { describe, expect, it } from "vitest";
import { cacheKeyFor, type PageRequest } from "./cacheable-page";

const LOCALES = ["en", "be", "ru"];
const ORIGIN = "https://pledge.example";
const get = (url: string, headers: PageRequest["headers"] = {}): PageRequest => ({ method: "GET", url, headers });

describe("cacheKeyFor", () => {
  it("keys every public reading page in every locale by origin and path", () => {
    for (const locale of LOCALES) {
      for (const page of ["", "/map", "/map/event", "/stats", "/stats/methodology", "/messages", "/privacy"]) {
        expect(cacheKeyFor(get(`/${locale}${page}`), ORIGIN, LOCALES)).toBe(`${ORIGIN} /${locale}${page}`);
      }
    }
    for (const page of ["/campaigns", "/campaigns/sister-2027", "/campaigns/sister-2027/map", "/campaigns/sister-2027/map/event", "/campaigns/sister-2027/stats", "/campaigns/sister-2027/messages?page=2", "/campaigns/sister-2027/delivery"]) {
      expect(cacheKeyFor(get(`/ru${page}`), ORIGIN, LOCALES)).toBe(`${ORIGIN} /ru${page}`);
    }
    expect(cacheKeyFor({ ...get("/en/map"), method: "HEAD" }, ORIGIN, LOCALES)).toBe(`${ORIGIN} /en/map`);
  });

  it("gives each site address its own copy: absolute links in a page name the address", () => {
    expect(cacheKeyFor(get("/en"), "http://mirror.example", LOCALES)).toBe("http://mirror.example /en");
  });

  it("leaves personal pages, form posts, admin, API and unknown paths to Next", () => {
    for (const url of ["/en/confirm/abc", "/en/withdraw/abc", "/en/verify", "/admin", "/dev/mailbox", "/api/v1/stats.json", "/embed/counter", "/", "/de", "/en/nope", "/en/stats/snapshots/1", "/en/campaigns/x/stats/snapshots/1", "/en/campaigns/x/about", "/en/campaigns/Bad_Slug", "/en/campaigns/a/b/map", "/en/campaigns/x/map/event/more", "/en/campaigns/x/event"]) {
      expect(cacheKeyFor(get(url), ORIGIN, LOCALES), url).toBeNull();
    }
    expect(cacheKeyFor({ ...get("/en"), method: "POST" }, ORIGIN, LOCALES)).toBeNull();
  });

  it("never serves cached HTML for Next's RSC payload requests", () => {
    expect(cacheKeyFor(get("/en", { rsc: "1" }), ORIGIN, LOCALES)).toBeNull();
    expect(cacheKeyFor(get("/en", { "next-router-prefetch": "1" }), ORIGIN, LOCALES)).toBeNull();
    expect(cacheKeyFor(get("/en/map?_rsc=abc"), ORIGIN, LOCALES)).toBeNull();
  });

  it("keys only the query a page reads, with a value it accepts", () => {
    expect(cacheKeyFor(get("/en/messages?page=2"), ORIGIN, LOCALES)).toBe(`${ORIGIN} /en/messages?page=2`);
    expect(cacheKeyFor(get("/en/stats?history=hour"), ORIGIN, LOCALES)).toBe(`${ORIGIN} /en/stats?history=hour`);
    for (const url of ["/en?x=1", "/en/messages?page=abc", "/en/messages?page=2&x=1", "/en/stats?history=minute", "/en/map?page=2", "/en/campaigns/x?page=2", "/en/campaigns/x/map?x=1"]) {
      expect(cacheKeyFor(get(url), ORIGIN, LOCALES), url).toBeNull();
    }
  });
});
