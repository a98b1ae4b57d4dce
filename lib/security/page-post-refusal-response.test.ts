import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pagePostRefusalResponse, refusalLocale } from "./page-post-refusal-response";

// The page a refused form shows (proxy.ts answers before Next renders, so it is not one of the
// message files the pages load; lib/i18n/messages.test.ts does not see it).

const keys = (locale: string) => Object.keys(flatten(JSON.parse(readFileSync(path.resolve("messages", locale, "request-refused.json"), "utf8")))).sort();
function flatten(value: unknown, prefix = ""): Record<string, unknown> {
  if (typeof value === "string") return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value as object).map(([key, child]) => flatten(child, `${prefix}.${key}`)));
}

describe("the refused form's page", () => {
  it("says the same in every language", () => {
    expect(keys("be")).toEqual(keys("en"));
    expect(keys("ru")).toEqual(keys("en"));
  });

  it.each([
    ["/be", null, "be"],
    ["/ru/confirm/abc", "en", "ru"],
    ["/admin/settings", "ru-RU,ru;q=0.9,en;q=0.8", "ru"],
    ["/admin", "de-DE,be;q=0.5", "be"],
    ["/admin", null, "en"],
  ] as const)("%s with Accept-Language %s is in %s", (pathname, acceptLanguage, locale) => {
    expect(refusalLocale(pathname, acceptLanguage)).toBe(locale);
  });

  it("is a localised HTML page for a form and JSON for a script", async () => {
    const form = pagePostRefusalResponse("forbidden", new Request("http://localhost/be", { method: "POST" }), "abc");
    expect(form.status).toBe(403);
    expect(form.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await form.text();
    expect(html).toContain('<html lang="be">');
    expect(html).toContain("Гэтая форма дасланая не з нашага сайта");
    expect(html).toContain('<style nonce="abc">');
    const script = pagePostRefusalResponse("too_large", new Request("http://localhost/en", { method: "POST", headers: { "next-action": "7f" } }), "abc");
    expect(script.status).toBe(413);
    expect(await script.json()).toEqual({ error: { code: "too_large" } });
  });
});
