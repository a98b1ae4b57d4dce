// What erasing a supporter's personal data writes, in one place for every path that erases
// (withdrawal, the retention job): a column added to one list is added to all of them.

/** Who they are, and whether they asked for news. */
export const ERASED_IDENTITY = { nameEncrypted: null, emailEncrypted: null, emailHash: null, consentUpdates: false } as const;

/** Where the pledge came from (lib/abuse/): personal data too. */
export const ERASED_SOURCE = { emailDomain: null, networkHash: null, networkHashedAt: null } as const;

/** Their message and everything derived from it (the fingerprint is a hash of their words). */
export const ERASED_MESSAGE = { message: null, messageStatus: null, messageHeldReason: null, messageFeatured: false, messageFingerprint: null } as const;
