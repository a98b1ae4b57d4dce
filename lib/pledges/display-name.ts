import type { DisplayMode } from "@/lib/db/generated/enums";

/**
 * The name shown publicly for a supporter, or null for "anonymous". First name and initial takes
 * the first word and the first letter of the last word ("Anna Maria Kowalska" → "Anna K.").
 */
export function publicDisplayName(fullName: string, mode: DisplayMode): string | null {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (mode === "ANONYMOUS" || words.length === 0) return null;
  if (mode === "FULL_NAME") return words.join(" ");
  const first = words[0]!;
  const last = words.length > 1 ? words[words.length - 1]! : "";
  // Array.from splits by code point, so an initial is never half a surrogate pair.
  const initial = Array.from(last)[0];
  return initial ? `${first} ${initial.toLocaleUpperCase()}.` : first;
}
