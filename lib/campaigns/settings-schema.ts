import { z } from "zod";
import { isCountryCode } from "@/lib/geo/country-codes";
import { EVENT_SIGNING_URL_MAX_LENGTH, normaliseEventSigningUrl } from "./event-signing-url";

// Client-safe: the campaign settings form (/admin/settings), parsed again on the server. Messages
// are keys (components/admin/ui/form-messages.ts). Number fields arrive as text from the form.

/** The map's own floor (lib/geo/map-data/build-map-data.ts): no point may stand for one or two people. */
export const MAP_THRESHOLD_MIN = 3;
export const BLOCKED_WORD_LANGUAGES = ["en", "be", "ru", "*"] as const;
export type BlockedWordLanguage = (typeof BLOCKED_WORD_LANGUAGES)[number];
export type BlockedWords = Record<BlockedWordLanguage, string[]>;
export const BLOCKED_WORDS_MAX = 500;
export const BLOCKED_WORD_MAX_LENGTH = 64;

function wholeNumber(min: number, max: number, error: string) {
  return z
    .string({ error })
    .trim()
    .regex(/^\d{1,10}$/, { error })
    .transform(Number)
    .pipe(z.number().int().min(min, { error }).max(max, { error }));
}

/** "by, ru pl" → ["BY", "PL", "RU"]: any commas or spaces between codes, sorted, no duplicates. */
export function parseCountryList(text: string): string[] {
  return [...new Set(text.toUpperCase().split(/[\s,;]+/).filter(Boolean))].sort();
}

/** One word or phrase per line; blank lines dropped, duplicates (ignoring case) kept once. */
export function parseWordList(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const line of text.normalize("NFC").split(/\r\n?|\n/)) {
    const word = line.trim().replace(/\s+/g, " ");
    const key = word.toLocaleLowerCase();
    if (word && !seen.has(key)) {
      seen.add(key);
      words.push(word);
    }
  }
  return words;
}

const countryList = z
  .string()
  .max(2000, { error: "countriesInvalid" })
  .transform(parseCountryList)
  .refine((codes) => codes.every((code) => /^[A-Z]{2}$/.test(code) && isCountryCode(code)), { error: "countriesInvalid" });

const wordList = z
  .string()
  .max(40_000, { error: "wordsTooMany" })
  .optional()
  .transform((text) => parseWordList(text ?? ""))
  .refine((words) => words.length <= BLOCKED_WORDS_MAX, { error: "wordsTooMany" })
  .refine((words) => words.every((word) => word.length <= BLOCKED_WORD_MAX_LENGTH), { error: "wordTooLong" });

/** Empty: the event screen shows our own signing page (null). Otherwise an http(s) address. */
const eventSigningUrl = z
  .string()
  .trim()
  .max(EVENT_SIGNING_URL_MAX_LENGTH, { error: "eventSigningUrlInvalid" })
  .optional()
  .transform((text, context) => {
    if (!text) return null;
    const url = normaliseEventSigningUrl(text);
    if (url === null) context.addIssue({ code: "custom", message: "eventSigningUrlInvalid" });
    return url;
  });

export const campaignSettingsSchema = z
  .object({
    goal: wholeNumber(1, 100_000_000, "goalInvalid"),
    sensitiveCountries: countryList,
    mapThreshold: wholeNumber(MAP_THRESHOLD_MIN, 1000, "mapThresholdInvalid"),
    anomalyThreshold: wholeNumber(1, 1_000_000, "anomalyThresholdInvalid"),
    retentionMonths: wholeNumber(1, 120, "retentionMonthsInvalid"),
    blockedWordsEn: wordList,
    blockedWordsBe: wordList,
    blockedWordsRu: wordList,
    blockedWordsAll: wordList,
    eventSigningUrl,
  })
  .transform(({ blockedWordsEn, blockedWordsBe, blockedWordsRu, blockedWordsAll, ...rest }) => ({
    ...rest,
    blockedWords: { en: blockedWordsEn, be: blockedWordsBe, ru: blockedWordsRu, "*": blockedWordsAll } satisfies BlockedWords,
  }));

export type CampaignSettingsInput = z.output<typeof campaignSettingsSchema>;
export type CampaignSettingsField = keyof z.input<typeof campaignSettingsSchema>;

/** The two emergency switches, each its own small form on the settings page. */
export const campaignSwitchSchema = z.object({
  name: z.enum(["signingOpen", "countsFrozen"], { error: "switchInvalid" }),
  value: z.enum(["on", "off"], { error: "switchInvalid" }).transform((value) => value === "on"),
});

export type CampaignSwitchInput = z.output<typeof campaignSwitchSchema>;

/** Reads stored JSON (possibly older or hand-edited) into a complete, well-typed word list. */
export function blockedWordsOf(stored: unknown): BlockedWords {
  const source = stored && typeof stored === "object" ? (stored as Record<string, unknown>) : {};
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((word): word is string => typeof word === "string") : []);
  return { en: list(source.en), be: list(source.be), ru: list(source.ru), "*": list(source["*"]) };
}
