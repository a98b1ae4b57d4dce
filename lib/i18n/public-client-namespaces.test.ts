import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publicClientNamespaces } from "./message-files";

// The locale layout sends the browser only publicClientNamespaces: a client component that read
// another namespace would show message keys instead of words. A component without "use client"
// becomes a client component when a client component imports it, so every hook call outside the
// admin area counts (a server component that calls the hook only costs its namespace's bytes).

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return full.endsWith(path.join("components", "admin")) || full.endsWith(path.join("app", "admin")) ? [] : files(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("public client namespaces", () => {
  const sources = ["app", "components"].flatMap(files).map((file) => ({ file, text: readFileSync(file, "utf8") }));

  it("cover every namespace a component of the public site reads with useTranslations", () => {
    const read = sources.flatMap(({ file, text }) => [...text.matchAll(/useTranslations\(\s*["']([^"'.]+)/g)].map((match) => ({ namespace: match[1]!, file })));
    expect(read.length).toBeGreaterThan(20);
    const missing = read.filter(({ namespace }) => !(publicClientNamespaces as readonly string[]).includes(namespace));
    expect(missing).toEqual([]);
  });

  it("cover what a component reads through useMessages, and no component calls useTranslations() for every namespace", () => {
    const whole = sources.filter(({ text }) => /useTranslations\(\s*\)/.test(text)).map(({ file }) => file);
    expect(whole).toEqual([]);
    const messageReaders = sources.filter(({ text }) => /useMessages\(\)/.test(text));
    for (const { file, text } of messageReaders) {
      const namespaces = [...text.matchAll(/useMessages\(\) as \{ (\w+):/g)].map((match) => match[1]!);
      expect(namespaces, `${file} says which namespace it reads`).not.toEqual([]);
      for (const namespace of namespaces) expect(publicClientNamespaces, file).toContain(namespace);
    }
  });
});
