import { normaliseEmail } from "@/lib/privacy/normalise-email";

// Client-safe. The form of an address used for duplicate detection: one mailbox, one string.
// Beyond case (lib/privacy/normalise-email.ts), some providers deliver mail for many spellings
// to the same mailbox, which lets one person sign many times. Only rules the provider documents
// are applied, so two different people are never merged:
// - Gmail ignores dots in the local part and treats googlemail.com as gmail.com.
// - These providers deliver "name+anything@" to "name@" (subaddressing).
// Only the lookup hash uses this form; the stored (encrypted) address stays as typed.
const domainAliases: Record<string, string> = { "googlemail.com": "gmail.com" };
const dotsIgnored = new Set(["gmail.com"]);
const plusTagged = new Set([
  "gmail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "icloud.com",
  "me.com",
  "fastmail.com",
  "proton.me",
  "protonmail.com",
  "pm.me",
  "yandex.ru",
  "yandex.com",
]);

export function canonicalEmail(email: string): string {
  const normalised = normaliseEmail(email);
  const at = normalised.lastIndexOf("@");
  if (at <= 0) return normalised;
  const domain = canonicalDomain(normalised.slice(at + 1));
  let local = normalised.slice(0, at);
  if (plusTagged.has(domain)) local = local.split("+")[0]!;
  if (dotsIgnored.has(domain)) local = local.replaceAll(".", "");
  return local.length > 0 ? `${local}@${domain}` : normalised;
}

/** The domain of an address, lower case, with known aliases merged (googlemail.com → gmail.com). */
export function emailDomainOf(email: string): string {
  const normalised = normaliseEmail(email);
  return canonicalDomain(normalised.slice(normalised.lastIndexOf("@") + 1));
}

function canonicalDomain(domain: string): string {
  const bare = domain.replace(/\.$/, "");
  // An own-property lookup: a "domain" such as __proto__ must not reach Object.prototype.
  return Object.hasOwn(domainAliases, bare) ? domainAliases[bare]! : bare;
}
