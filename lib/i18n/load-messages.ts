import type { AbstractIntlMessages } from "next-intl";
import { messageFiles } from "./message-files";
import type { Locale } from "./routing";

/** The public site's messages for `locale`: every file of lib/i18n/message-files.ts, merged. */
export function loadMessages(locale: Locale): Promise<AbstractIntlMessages> {
  return loadMessageFiles(messageFiles, locale);
}

/** Message files of one locale, each holding top-level namespaces, merged into one object. */
export async function loadMessageFiles(files: readonly string[], locale: Locale): Promise<AbstractIntlMessages> {
  const parts = await Promise.all(files.map(async (file) => (await import(`../../messages/${locale}/${file}.json`)).default as AbstractIntlMessages));
  return Object.assign({}, ...parts) as AbstractIntlMessages;
}
