import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import { isolateText } from "@/lib/security/isolate-text";
import { hostileInputs } from "@/tests/fixtures/hostile-inputs";
import { dangerousAttributes, htmlShape } from "@/tests/support/inert-html";
import { EventMessages } from "@/components/map/event-messages";
import { MessageList } from "./message-list";

// The public message list (home wall, /messages) and the event screen render supporters' own words. Every accepted
// hostile string must come out as text: the same elements and attributes as a harmless
// message, and the exact words inside the quotation.

vi.mock("next-intl/server", async () => {
  const { createFormatter, createTranslator } = await import("use-intl/core");
  const messages = await loadMessages("en");
  return {
    getTranslations: async (namespace: string) => createTranslator({ locale: "en", messages, namespace: namespace as never }),
    getFormatter: async () => createFormatter({ locale: "en", timeZone: "UTC" }),
  };
});

const accepted = hostileInputs.filter((input) => input.verdict === "stored" && input.value.length <= 500);
const message = (text: string, displayName: string | null) => ({ id: "m1", text, displayName, country: "PL", at: new Date("2026-08-04T10:00:00Z"), featured: false });

const walls = [
  ["message list (home wall and messages page)", MessageList, "blockquote"],
  ["event screen", EventMessages, "blockquote"],
] as const;

describe.each(walls)("the %s", (_label, Wall, quoteTag) => {
  async function render(text: string, name: string | null): Promise<string> {
    return renderToStaticMarkup(await Wall({ locale: "en", messages: [message(text, name)] }));
  }

  it.each(accepted.map((input) => [input.id, input.value] as const))("renders %s as inert text", async (_id, value) => {
    const harmless = htmlShape(await render("Solidarity!", "Anna K."));
    const hostile = htmlShape(await render(value, value.slice(0, 100)));
    expect(hostile.tags).toEqual(harmless.tags);
    expect(hostile.attributes).toEqual(harmless.attributes);
    expect(dangerousAttributes(hostile)).toEqual([]);
    expect(hostile.textOf(quoteTag)).toEqual([value]);
    expect(hostile.textOf("figcaption")[0]).toContain(isolateText(value.slice(0, 100)));
  });

  it("lets a right-to-left message and name keep their own direction", async () => {
    const shape = htmlShape(await render("שלום לכולם", "שרה כ."));
    expect(shape.attributes).toContain(`${quoteTag}@dir`);
    expect(shape.textOf("figcaption")[0]).toMatch(/^\u2068שרה כ\.\u2069, Poland/);
  });
});

it("keeps the page free of script even when every hostile message is shown at once", async () => {
  const messages = accepted.map((input, index) => ({ ...message(input.value, input.value.slice(0, 100)), id: `m${index}` }));
  const html = renderToStaticMarkup(createElement("div", null, await MessageList({ locale: "en", messages })));
  const shape = htmlShape(html);
  expect(new Set(shape.tags)).toEqual(new Set(["div", "ul", "li", "figure", "blockquote", "figcaption", "time"]));
  expect(dangerousAttributes(shape)).toEqual([]);
});
