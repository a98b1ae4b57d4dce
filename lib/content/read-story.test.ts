import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/story/markdown";
import { routing } from "@/lib/i18n/routing";
import { readStory, storyMarkdown } from "./read-story";

function render(markdown: string): string {
  return renderToStaticMarkup(createElement(Markdown, { markdown }));
}

describe.each(routing.locales)("content/%s/story.md", (locale) => {
  it("exists and says something", async () => {
    const story = await readStory(locale);
    expect(story.length).toBeGreaterThan(1000);
  });

  it("contains no raw HTML (the renderer would drop it silently)", async () => {
    expect(await readStory(locale)).not.toMatch(/<\/?[a-z!?]/i);
  });

  // The story restates one source article and must add no facts to it. Numbers are where invented
  // facts show first: the only ones the source has are 4 (August), 1052 (days) and 2014.
  it("uses no number the source article does not", async () => {
    const numbers = (await readStory(locale)).match(/\d+/g) ?? [];
    expect(numbers.filter((number) => !["4", "1052", "2014"].includes(number))).toEqual([]);
  });

  it("has the same five sections as every other language", async () => {
    const headings = (await readStory(locale)).match(/^## /gm) ?? [];
    expect(headings).toHaveLength(5);
  });

  it("links to the privacy notice in its own language", async () => {
    expect(await readStory(locale)).toContain(`](/${locale}/privacy)`);
  });
});

describe("storyMarkdown", () => {
  it("removes a byte-order mark and Windows line endings", () => {
    expect(storyMarkdown("\uFEFF## Title\r\n\r\nText\r\n")).toBe("## Title\n\nText");
  });
});

describe("Markdown", () => {
  it("drops raw HTML instead of rendering or escaping it", () => {
    const html = render('Hello <script>alert(1)</script> <img src=x onerror="alert(1)">\n\n<div onclick="x()">block</div>\n\nafter');
    // Tags go; text between inline tags stays, as inert text.
    expect(html).not.toMatch(/<script|<img|onerror|onclick|block/);
    expect(html).toContain("after");
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "&#106;avascript:alert(1)",
    "<java\tscript:alert(1)>",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
  ])("never lets a link to %s leave http(s)", (url) => {
    const html = render(`[click me](${url})`);
    // Read every href the way a browser would, relative to a page on this site.
    const schemes = [...html.matchAll(/href="([^"]*)"/g)].map((match) => new URL(match[1]!.replaceAll("&amp;", "&"), "https://site.example/en").protocol);
    expect(schemes.filter((scheme) => scheme !== "https:")).toEqual([]);
    expect(html).toContain("click me");
  });

  it("keeps external links in the same tab and shares no referrer", () => {
    const html = render("[Viasna](https://example.org/)");
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).not.toContain("target");
  });

  it("keeps relative and mailto links as plain links", () => {
    const html = render("[privacy](/en/privacy) and [write](mailto:privacy@example.org)");
    expect(html).toContain('<a href="/en/privacy" class=');
    expect(html).toContain('<a href="mailto:privacy@example.org" class=');
    expect(html).not.toContain("rel=");
  });

  it("shows an image only as its description: no request to another site", () => {
    const html = render("![a protest](https://tracker.example/pixel.png)");
    expect(html).not.toMatch(/<img|tracker/);
    expect(html).toContain("a protest");
  });

  it("never renders an h1, and skips no heading level", () => {
    const html = render("# One\n\n### Three\n\ntext\n\n# One again");
    expect(html).not.toContain("<h1");
    expect(html.match(/<h\d/g)).toEqual(["<h2", "<h3", "<h2"]);
  });

  it("starts headings at the requested level", () => {
    const html = renderToStaticMarkup(createElement(Markdown, { markdown: "## A\n\n### B", topHeadingLevel: 3 }));
    expect(html.match(/<h\d/g)).toEqual(["<h3", "<h4"]);
  });

  it("renders a blockquote as a quote", () => {
    expect(render("> “It gives us strength.”")).toMatch(/<blockquote[^>]*>\s*<p[^>]*>“It gives us strength.”<\/p>\s*<\/blockquote>/);
  });
});
