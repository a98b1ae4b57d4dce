import type { AbstractIntlMessages } from "next-intl";
import { adminMessageFiles } from "./admin-message-files";
import type { Locale } from "./routing";

export async function loadAdminMessages(locale: Locale): Promise<AbstractIntlMessages> {
  const parts = await Promise.all(
    adminMessageFiles.map(async (file) => (await import(`../../messages/${locale}/${file}.json`)).default as AbstractIntlMessages),
  );
  return Object.assign({}, ...parts) as AbstractIntlMessages;
}
