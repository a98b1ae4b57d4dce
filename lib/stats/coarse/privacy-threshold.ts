// However the campaign is configured, no published figure may stand for one or two people: the
// map's smallest point and the sensitive countries' step (docs/decisions/0032-…) are at least 3.
export const MIN_PRIVACY_THRESHOLD = 3;

/** The campaign's k: its map threshold, never below MIN_PRIVACY_THRESHOLD. */
export function privacyThreshold(mapThreshold: number): number {
  return Math.max(MIN_PRIVACY_THRESHOLD, mapThreshold);
}
