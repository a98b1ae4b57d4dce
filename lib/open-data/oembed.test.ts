import { describe, expect, it } from "vitest";
import { counterForUrl, counterIframe } from "./oembed";

const origin = new URL("https://pledge.example.org");

describe("oEmbed for the counter", () => {
  it("accepts only our counter and stats pages, with valid options", () => {
    expect(counterForUrl("https://pledge.example.org/embed/counter?locale=ru&variant=large", origin)).toEqual({ locale: "ru", variant: "large" });
    expect(counterForUrl("https://pledge.example.org/embed/counter", origin)).toEqual({ locale: "en", variant: "compact" });
    expect(counterForUrl("https://pledge.example.org/be/stats", origin)).toEqual({ locale: "be", variant: "large" });
    expect(counterForUrl("https://evil.example.com/embed/counter", origin)).toBeNull();
    expect(counterForUrl("https://pledge.example.org/embed/counter?variant=huge", origin)).toBeNull();
    expect(counterForUrl("https://pledge.example.org/en", origin)).toBeNull();
    expect(counterForUrl("not a url", origin)).toBeNull();
  });

  it("accepts another campaign's stats page and counter by slug, and nothing else under /campaigns", () => {
    expect(counterForUrl("https://pledge.example.org/ru/campaigns/sister-2027/stats", origin)).toEqual({ locale: "ru", variant: "large", campaignSlug: "sister-2027" });
    expect(counterForUrl("https://pledge.example.org/embed/counter?locale=be&campaign=sister-2027", origin)).toEqual({ locale: "be", variant: "compact", campaignSlug: "sister-2027" });
    expect(counterForUrl("https://pledge.example.org/embed/counter?campaign=Bad_Slug", origin)).toBeNull();
    expect(counterForUrl("https://pledge.example.org/en/campaigns/Bad_Slug/stats", origin)).toBeNull();
    expect(counterForUrl("https://pledge.example.org/en/campaigns/sister-2027", origin)).toBeNull();
    expect(counterIframe(origin, { locale: "en", variant: "large", campaignSlug: "sister-2027" }, "Counter")).toContain('src="https://pledge.example.org/embed/counter?locale=en&amp;variant=large&amp;campaign=sister-2027"');
  });

  it("writes an iframe with escaped attributes", () => {
    expect(counterIframe(origin, { locale: "en", variant: "compact" }, 'The "counter"')).toBe(
      '<iframe src="https://pledge.example.org/embed/counter?locale=en&amp;variant=compact" width="320" height="120" title="The &quot;counter&quot;" loading="lazy" style="border:0"></iframe>',
    );
  });
});
