import { readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { adminMessageFiles } from "./admin-message-files";
import { messageFiles } from "./message-files";
import { routing } from "./routing";

// Every locale must say everything: a missing Belarusian string would silently fall back or
// break a page. Every message must also be valid ICU syntax in its own locale.

function flatten(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") return { [prefix]: value };
  const result: Record<string, string> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    Object.assign(result, flatten(child, prefix ? `${prefix}.${key}` : key));
  }
  return result;
}

function load(locale: string, file: string): Record<string, string> {
  return flatten(JSON.parse(readFileSync(path.resolve("messages", locale, `${file}.json`), "utf8")));
}

describe.each([...messageFiles, ...adminMessageFiles])("messages/<locale>/%s.json", (file) => {
  const reference = load(routing.defaultLocale, file);

  it.each(routing.locales)("%s has exactly the keys of the default locale", (locale) => {
    expect(Object.keys(load(locale, file)).sort()).toEqual(Object.keys(reference).sort());
  });

  it.each(routing.locales)("%s messages are valid ICU and not left empty", (locale) => {
    for (const [key, message] of Object.entries(load(locale, file))) {
      expect(message.trim(), key).not.toBe("");
      expect(() => new IntlMessageFormat(message, locale), key).not.toThrow();
    }
  });
});

// The admin's messages are loaded on their own (lib/i18n/load-admin-messages.ts): public pages must
// not carry them, and merging both lists must not let one namespace overwrite another.
describe("admin message files", () => {
  const namespaces = (files: readonly string[]) => files.flatMap((file) => Object.keys(JSON.parse(readFileSync(path.resolve("messages", "en", `${file}.json`), "utf8")) as object));

  it("are not among the public site's files", () => {
    expect(messageFiles.filter((file) => (adminMessageFiles as readonly string[]).includes(file))).toEqual([]);
  });

  it("hold only namespaces of their own, each in one file", () => {
    const admin = namespaces(adminMessageFiles);
    expect(admin.every((name) => name.startsWith("admin"))).toBe(true);
    expect(new Set(admin).size).toBe(admin.length);
    expect(namespaces(messageFiles).filter((name) => admin.includes(name))).toEqual([]);
  });
});
