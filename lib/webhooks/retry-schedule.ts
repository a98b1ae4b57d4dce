// When a failed delivery is tried again: 30 s after the first failure, doubling each time, never
// more than 6 hours apart. After MAX_ATTEMPTS failures in a row (about 8½ hours) the endpoint is
// marked failing in the admin; it is still tried every 6 hours, so a receiver that comes back
// gets everything without an organiser having to notice (docs/decisions/0052-…).

export const MAX_ATTEMPTS = 10;
const FIRST_DELAY_MS = 30_000;
const CEILING_MS = 6 * 60 * 60 * 1000;

/** The wait before the next try after `failures` failed tries in a row (failures ≥ 1). */
export function retryDelayMs(failures: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, failures - 1), CEILING_MS);
}
