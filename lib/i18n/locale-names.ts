// Client-safe: each language named in itself ("Русский", the language, not "Русская" — the
// adjective for a woman), as both language switchers show it, each name marked with its lang.
import type { Locale } from "./routing";

export const localeNames: Record<Locale, string> = { en: "English", be: "Беларуская", ru: "Русский" };
