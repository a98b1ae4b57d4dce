import type { AbstractIntlMessages } from "next-intl";
import { adminMessageFiles } from "./admin-message-files";
import { loadMessageFiles } from "./load-messages";
import type { Locale } from "./routing";

export function loadAdminMessages(locale: Locale): Promise<AbstractIntlMessages> {
  return loadMessageFiles(adminMessageFiles, locale);
}
