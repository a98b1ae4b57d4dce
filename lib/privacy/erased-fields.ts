// What erasing a supporter's personal data writes, in one place for every path that erases
// (withdrawal, the retention job): a column added to one list is added to all of them.
// Every column of "Pledge" is classified in withdrawn-pledge-columns.ts (a test holds it to the
// database catalogue); docs/PRIVACY.md has the table and docs/decisions/0031 the reasons.

/** Who they are, and whether they asked for news. */
export const ERASED_IDENTITY = { nameEncrypted: null, emailEncrypted: null, emailHash: null, consentUpdates: false } as const;

/** Where the pledge came from (lib/abuse/): personal data too. */
export const ERASED_SOURCE = { emailDomain: null, networkHash: null, networkHashedAt: null } as const;

/**
 * Their message and everything derived from it: the fingerprint is a hash of their words, and
 * who moderated it, when and why (a moderator's note may quote or describe the person) is
 * metadata about their words.
 */
export const ERASED_MESSAGE = {
  message: null,
  messageStatus: null,
  messageHeldReason: null,
  messageFeatured: false,
  messageFingerprint: null,
  messageModeratedBy: null,
  messageModeratedAt: null,
  messageRejectReason: null,
} as const;

// CLDR's codes for "unknown region" and "undetermined language": the two columns are NOT NULL
// (every counted pledge has them), and a withdrawn row must not keep the person's own.
export const UNKNOWN_COUNTRY = "ZZ";
export const UNKNOWN_LOCALE = "und";

/**
 * Where they live. Withdrawal only: the retention job keeps the place of pledges that still
 * count (it is their tally key). The tally trigger reads the old place from the same UPDATE, so
 * the withdrawn pledge still leaves its country's and city's count.
 */
export const ERASED_PLACE = { country: UNKNOWN_COUNTRY, cityName: null, cityLatitude: null, cityLongitude: null, cityGeonameId: null } as const;

/** Everything a withdrawal erases: all of the above, and every other trace of the person's choices. */
export const ERASED_ON_WITHDRAWAL = {
  ...ERASED_IDENTITY,
  ...ERASED_SOURCE,
  ...ERASED_MESSAGE,
  ...ERASED_PLACE,
  displayMode: "ANONYMOUS",
  publicInSensitiveCountry: false,
  locale: UNKNOWN_LOCALE,
  confirmationEmailsSent: 0,
  reviewReason: null,
  invalidationId: null,
  statusBeforeInvalidation: null,
  // The receipt's secret: without it the pledge's leaf in the transparency log is a hash of
  // nothing anyone holds, and proves nothing about anyone (docs/decisions/0046-…).
  logSecret: null,
} as const;
