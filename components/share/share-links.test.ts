import { describe, expect, it } from "vitest";
import { shareLinks, shareTargets, shareUrl, type ShareContent } from "./share-links";

const url = "https://pledge.example.org/be?from=share&x=1";
const belarusian: ShareContent = {
  url,
  title: "Разам з грамадзянскай супольнасцю Беларусі — 4 жніўня",
  text: "Я падпісаў зварот салідарнасці & далучайцеся: #4жніўня 100% + “разам”?",
};

/** The decoded value of one query parameter of a share address. */
function param(href: string, name: string): string | null {
  return new URL(href).searchParams.get(name);
}

describe("shareUrl", () => {
  it("builds each service's documented address", () => {
    const simple: ShareContent = { url: "https://example.org/en", title: "Title", text: "Join me" };
    expect(shareUrl("email", simple)).toBe("mailto:?subject=Title&body=Join%20me%0D%0A%0D%0Ahttps%3A%2F%2Fexample.org%2Fen");
    expect(shareUrl("x", simple)).toBe("https://twitter.com/intent/tweet?text=Join%20me&url=https%3A%2F%2Fexample.org%2Fen");
    expect(shareUrl("facebook", simple)).toBe("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fen");
    expect(shareUrl("telegram", simple)).toBe("https://t.me/share/url?url=https%3A%2F%2Fexample.org%2Fen&text=Join%20me");
    expect(shareUrl("whatsapp", simple)).toBe("https://wa.me/?text=Join%20me%20https%3A%2F%2Fexample.org%2Fen");
  });

  it("round-trips Cyrillic text, ampersands, hashes, plus and percent signs", () => {
    expect(param(shareUrl("x", belarusian), "text")).toBe(belarusian.text);
    expect(param(shareUrl("x", belarusian), "url")).toBe(url);
    expect(param(shareUrl("telegram", belarusian), "text")).toBe(belarusian.text);
    expect(param(shareUrl("telegram", belarusian), "url")).toBe(url);
    expect(param(shareUrl("facebook", belarusian), "u")).toBe(url);
    expect(param(shareUrl("whatsapp", belarusian), "text")).toBe(`${belarusian.text} ${url}`);
  });

  it("leaves no character that would end or split a parameter unencoded", () => {
    for (const target of shareTargets) {
      const query = shareUrl(target, belarusian).split("?")[1] ?? "";
      // Only our own separators remain: one "&" between parameters at most, no "#", no raw spaces.
      expect(query, target).not.toMatch(/[#\s+]/);
      expect(query.split("&").length, target).toBeLessThanOrEqual(2);
      expect(query, target).toMatch(/^[\x21-\x7e]+$/); // plain ASCII, Cyrillic percent-encoded
    }
  });

  it("writes spaces as %20 in mailto (mail programs show '+' literally) and decodes to the same text", () => {
    const href = shareUrl("email", belarusian);
    expect(href).toMatch(/^mailto:\?subject=[^&]+&body=[^&]+$/);
    const [, subject = "", body = ""] = /subject=([^&]*)&body=(.*)$/.exec(href) ?? [];
    expect(decodeURIComponent(subject)).toBe(belarusian.title);
    expect(decodeURIComponent(body)).toBe(`${belarusian.text}\r\n\r\n${url}`);
  });
});

describe("shareLinks", () => {
  it("returns one link per service, in a stable order", () => {
    expect(shareLinks(belarusian).map((link) => link.target)).toEqual(["email", "x", "facebook", "telegram", "whatsapp"]);
  });
});
