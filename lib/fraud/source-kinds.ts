// Client-safe: the three kinds of source the anomaly detection groups confirmations by.
export const SOURCE_KINDS = ["networkHash", "emailDomain", "country"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Network hashes are long and meaningless to a person: the first 10 characters tell them apart. */
export function shortSource(kind: SourceKind, source: string): string {
  return kind === "networkHash" && source.length > 12 ? `${source.slice(0, 10)}…` : source;
}
