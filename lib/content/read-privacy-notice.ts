import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { contactMarkdown, escapeMarkdownText } from "./markdown-escape";
import { readContentFile } from "./read-content-file";

export type PrivacyNoticeDetails = {
  /** Who is responsible for the data (the controller), as plain text. */
  organisation: string;
  /** How to reach them: an email address, a web address or any plain text. */
  contact: string;
};

/**
 * The privacy notice for a locale (content/<locale>/privacy.md) with the controller filled in.
 * The values are made markdown-safe before they are inserted: configuration must not be able to
 * add markup to a legal text.
 */
export async function readPrivacyNotice(locale: Locale, details: PrivacyNoticeDetails): Promise<string> {
  const values: Record<string, string> = {
    organisation: escapeMarkdownText(details.organisation),
    contact: contactMarkdown(details.contact),
  };
  const template = await readContentFile(locale, "privacy");
  return template.replace(/\{(organisation|contact)\}/g, (_placeholder, key: string) => values[key] ?? "");
}
