// Client-safe: the pledge form's schema uses the same normalisation as the duplicate check.

/**
 * The form of an email address used for duplicate detection: trimmed and lower-cased.
 * Local parts are case-insensitive in practice at every provider our supporters use, so
 * "Anna@Example.org " and "anna@example.org" are one supporter. Provider-specific rules
 * (dots and +tags) are applied separately by the abuse checks.
 */
export function normaliseEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}
