import type { HeldReason } from "./held-reasons";

// The auto-hold rules: pure functions, so every rule is tested without a database. A held
// message is not refused: a moderator reads it first (DESIGN.md §4, issue #5).

/** A run of this many identical characters ("!!!!!!!!", "aaaaaaaa") holds a message. */
export const REPEATED_CHARACTER_RUN = 8;
/** A message is held when at least this many *other* messages of the campaign have the same text. */
export const DUPLICATE_THRESHOLD = 3;

export interface MessageContext {
  /** Block-listed words and phrases for the pledge's language plus the "*" list. */
  blockedWords: readonly string[];
  /** Messages already stored in the campaign whose normalised text equals this one's. */
  identicalMessages: number;
}

export interface MessageClassification {
  status: "PENDING" | "HELD";
  reasons: HeldReason[];
}

const wordCharacter = String.raw`[\p{L}\p{N}\p{M}]`;
const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// A scheme, "www.", or a bare domain ("example.com", "сайт.бел"): labels joined by dots with no
// space, ending in a top-level domain of letters. Prose puts a space after a full stop, so a
// false alarm ("end.Next") only costs a moderator one keystroke.
const linkPatterns = [
  /\b(?:https?|ftp):\/\//iu,
  /\bwww\./iu,
  new RegExp(String.raw`(?<!${wordCharacter})(?:${wordCharacter}(?:[\p{L}\p{N}\p{M}-]*${wordCharacter})?\.)+\p{L}{2,24}(?!${wordCharacter})`, "u"),
];
// Dodges such as "example[.]com" or "example (dot) com" are links too.
const obfuscatedDot = /\s*(?:\[\.\]|\(\.\)|\[dot\]|\(dot\)|\{dot\})\s*/giu;
const phoneCandidate = /(?:\+|\b00)?\d(?:[\s().\-–]{0,3}\d){6,}/gu;
const yearRange = /^\d{4}\s*[-–]\s*\d{4}$/u;
const repeatedRun = new RegExp(String.raw`(.)\1{${REPEATED_CHARACTER_RUN - 1},}`, "u");

export function classifyMessage(text: string, context: MessageContext): MessageClassification {
  const reasons: HeldReason[] = [];
  const withoutEmails = text.replace(emailPattern, " ");
  if (withoutEmails !== text) reasons.push("email");
  if (containsLink(withoutEmails)) reasons.push("link");
  if (containsPhoneNumber(text)) reasons.push("phone");
  if (findBlockedWords(text, context.blockedWords).length > 0) reasons.push("blocked_word");
  if (repeatedRun.test(text)) reasons.push("repeated_characters");
  if (context.identicalMessages >= DUPLICATE_THRESHOLD) reasons.push("duplicate");
  return { status: reasons.length > 0 ? "HELD" : "PENDING", reasons };
}

export function containsLink(text: string): boolean {
  const undisguised = text.replace(obfuscatedDot, ".");
  return linkPatterns.some((pattern) => pattern.test(undisguised));
}

/** Seven or more digits in one run of digits, spaces, dots, dashes or brackets; "1994–2024" is not a phone. */
export function containsPhoneNumber(text: string): boolean {
  for (const match of text.matchAll(phoneCandidate)) {
    const candidate = match[0].trim();
    const digits = candidate.replace(/\D/gu, "").length;
    if (digits >= 7 && !yearRange.test(candidate)) return true;
  }
  return false;
}

/**
 * The block-listed words or phrases that occur in `text` as whole words, ignoring case in every
 * script (the `iu` flags fold Cyrillic as well as Latin). "ass" does not match "class".
 */
export function findBlockedWords(text: string, blockedWords: readonly string[]): string[] {
  const haystack = text.normalize("NFC");
  return blockedWords.filter((word) => {
    const parts = word.normalize("NFC").trim().split(/\s+/u).filter(Boolean).map(escapeRegExp);
    if (parts.length === 0) return false;
    return new RegExp(String.raw`(?<!${wordCharacter})${parts.join(String.raw`\s+`)}(?!${wordCharacter})`, "iu").test(haystack);
  });
}

/**
 * The words that apply to a pledge in `locale`: its language's list plus "*". Campaign.blockedWords
 * is JSON edited in the settings, so anything that is not a list of strings is ignored.
 */
export function blockedWordsFor(blockedWords: unknown, locale: string): string[] {
  if (!blockedWords || typeof blockedWords !== "object" || Array.isArray(blockedWords)) return [];
  const lists = blockedWords as Record<string, unknown>;
  const language = locale.toLowerCase().split(/[-_]/u)[0] ?? "";
  return [lists[language], lists["*"]].flatMap((list) => (Array.isArray(list) ? list.filter((word): word is string => typeof word === "string" && word.trim() !== "") : []));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
