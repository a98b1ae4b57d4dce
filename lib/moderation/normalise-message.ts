import { createHash } from "node:crypto";

// Two messages count as "the same text" when they differ only in case, spacing, punctuation,
// emoji or compatibility forms (NFKC folds full-width letters and the like): what a campaign of
// copy-pasted messages looks like once someone tries to dodge an exact match.
export function normaliseMessage(text: string): string {
  return text
    .normalize("NFKC")
    .toLocaleLowerCase("und")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** SHA-256 (hex) of the normalised text; null when nothing is left (only punctuation or emoji). */
export function messageFingerprint(text: string): string | null {
  const normalised = normaliseMessage(text);
  return normalised ? createHash("sha256").update(normalised).digest("hex") : null;
}
