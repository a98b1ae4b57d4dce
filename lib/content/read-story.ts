import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { readContentFile } from "./read-content-file";

/** The campaign story for a locale, from content/<locale>/story.md. */
export async function readStory(locale: Locale): Promise<string> {
  return storyMarkdown(await readContentFile(locale, "story"));
}

/**
 * Prepares story markdown for rendering, wherever it comes from: the bundled file today, an
 * organiser-edited text from the database later. Both then look the same to <CampaignStory>.
 */
export function storyMarkdown(text: string): string {
  // Editors save with a byte-order mark or Windows line endings; neither should reach the page.
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").trim();
}
