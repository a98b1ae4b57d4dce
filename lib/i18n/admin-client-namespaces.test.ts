import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { adminClientNamespaces } from "./admin-message-files";

// The admin layout sends the browser only adminClientNamespaces: a client component that reads
// another namespace would show message keys instead of words. This reads every client component
// of the admin area and checks what it asks for.

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("admin client namespaces", () => {
  it("cover every namespace a client component of the admin area reads", () => {
    const clientFiles = ["app/admin", "components/admin"].flatMap(files).filter((file) => /^\s*["']use client["']/.test(readFileSync(file, "utf8")));
    expect(clientFiles.length).toBeGreaterThan(5);
    const read = clientFiles.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/useTranslations\(\s*["']([^"'.]+)/g)].map((match) => `${match[1]} (${file})`));
    expect(read.length).toBeGreaterThan(5);
    const missing = read.filter((entry) => !(adminClientNamespaces as readonly string[]).includes(entry.split(" ")[0]!));
    expect(missing).toEqual([]);
  });
});
