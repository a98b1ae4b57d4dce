import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/story/markdown";
import { routing } from "@/lib/i18n/routing";
import { contactMarkdown, escapeMarkdownText } from "./markdown-escape";
import { readContentFile } from "./read-content-file";
import { readPrivacyNotice } from "./read-privacy-notice";

const details = { organisation: "Example Association", contact: "privacy@example.org" };

function render(markdown: string): string {
  return renderToStaticMarkup(createElement(Markdown, { markdown }));
}

describe.each(routing.locales)("content/%s/privacy.md", (locale) => {
  it("has placeholders for the controller and the contact, and no raw HTML", async () => {
    const template = await readContentFile(locale, "privacy");
    expect(template).toContain("{organisation}");
    expect(template).toContain("{contact}");
    expect(template).not.toMatch(/<\/?[a-z!?]/i);
  });

  it("states the same numbers as the English notice", async () => {
    const numbers = async (l: typeof locale) => ((await readContentFile(l, "privacy")).match(/\d+/g) ?? []).join(",");
    expect(await numbers(locale)).toBe(await numbers(routing.defaultLocale));
  });

  it("fills in the controller and links the contact address", async () => {
    const html = render(await readPrivacyNotice(locale, details));
    expect(html).toContain("Example Association");
    expect(html).toContain('href="mailto:privacy@example.org"');
    expect(html).not.toMatch(/\{organisation\}|\{contact\}/);
  });
});

describe("readPrivacyNotice", () => {
  it("does not let configured values add markup", async () => {
    const html = render(
      await readPrivacyNotice("en", {
        organisation: "**Bold** <script>alert(1)</script> [x](javascript:alert(1))\n\n# Heading",
        contact: "<img src=x onerror=alert(1)>",
      }),
    );
    expect(html).toContain("**Bold** &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) # Heading");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toMatch(/<strong>Bold|<script|<img|href="javascript/);
  });
});

describe("escapeMarkdownText", () => {
  it("renders every ASCII punctuation character literally", () => {
    const punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    expect(render(escapeMarkdownText(punctuation))).toBe(`<div class="text-lg leading-relaxed [&amp;&gt;:first-child]:mt-0"><p class="mt-4">!&quot;#$%&amp;&#x27;()*+,-./:;&lt;=&gt;?@[\\]^_\`{|}~</p></div>`);
  });
});

describe("contactMarkdown", () => {
  it("links email and web addresses and escapes anything else", () => {
    expect(contactMarkdown("privacy@example.org")).toBe("<privacy@example.org>");
    expect(contactMarkdown("https://example.org/contact")).toBe("<https://example.org/contact>");
    expect(contactMarkdown("+1 (555) 0100")).toBe("\\+1 \\(555\\) 0100");
  });
});
