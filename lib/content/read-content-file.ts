import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Locale } from "@/lib/i18n/routing";

// Long-form texts (the story, the privacy notice) are markdown files in content/<locale>/, written
// and reviewed like code. Next.js runs from the project root, so the path is resolved from there.

export type ContentName = "story" | "privacy" | "methodology";

// The files are part of the deployment and never change while the server runs: read each once.
// The promise is cached (not the text) so concurrent first requests share one read.
const cache = new Map<string, Promise<string>>();

export function readContentFile(locale: Locale, name: ContentName): Promise<string> {
  const file = path.join(process.cwd(), "content", locale, `${name}.md`);
  let text = cache.get(file);
  if (!text) {
    text = readFile(file, "utf8");
    // A failed read is not cached: the next request tries again instead of failing forever.
    text.catch(() => cache.delete(file));
    cache.set(file, text);
  }
  return text;
}
