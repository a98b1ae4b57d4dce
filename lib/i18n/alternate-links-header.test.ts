import { describe, expect, it } from "vitest";
import { alternateLinksHeader } from "./alternate-links-header";

describe("alternateLinksHeader", () => {
  it("names every language of a page at APP_URL, with x-default unprefixed", () => {
    expect(alternateLinksHeader("/be/map/event", "https://pledge.example.org/")).toBe(
      '<https://pledge.example.org/en/map/event>; rel="alternate"; hreflang="en", <https://pledge.example.org/be/map/event>; rel="alternate"; hreflang="be", ' +
        '<https://pledge.example.org/ru/map/event>; rel="alternate"; hreflang="ru", <https://pledge.example.org/map/event>; rel="alternate"; hreflang="x-default"',
    );
  });

  it("links the home page as /en and x-default as /", () => {
    const links = alternateLinksHeader("/ru", "http://localhost:3000")!;
    expect(links).toContain('<http://localhost:3000/en>; rel="alternate"; hreflang="en"');
    expect(links).toContain('<http://localhost:3000/>; rel="alternate"; hreflang="x-default"');
  });

  it("says nothing for a path without a locale", () => {
    expect(alternateLinksHeader("/map", "http://localhost:3000")).toBeNull();
  });
});
