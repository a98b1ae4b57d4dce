import type { AbstractIntlMessages } from "next-intl";
import { messageFiles } from "./message-files";
import type { Locale } from "./routing";

export async function loadMessages(locale: Locale): Promise<AbstractIntlMessages> {
  const parts = await Promise.all(
    messageFiles.map(async (file) => (await import(`../../messages/${locale}/${file}.json`)).default as AbstractIntlMessages),
  );
  return Object.assign({}, ...parts) as AbstractIntlMessages;
}
