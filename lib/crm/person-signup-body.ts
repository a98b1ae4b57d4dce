// The one place that decides what a supporter's record in the organisers' CRM holds: the body of
// an OSDI person signup helper POST (docs/CRM.md has the table, docs/decisions/0053-… the why).
// Nothing else is ever sent: no message, no display choice, no times, no network hash or
// email domain, no review reason, no pledge id.

/** What the push reads from a confirmed, consenting pledge (decrypted). */
export interface SupporterForCrm {
  name: string | null;
  email: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  cityName: string | null;
  /** The language the supporter signed in (en, be, ru). */
  locale: string;
}

export interface OsdiPersonSignup {
  person: {
    given_name?: string;
    family_name?: string;
    email_addresses: { address: string; primary?: boolean; status?: "unsubscribed" }[];
    postal_addresses?: { country: string; locality?: string }[];
    languages_spoken?: string[];
  };
  add_tags?: string[];
}

const LANGUAGES = new Set(["en", "be", "ru"]);

/**
 * The signup body. For a supporter in a sensitive country, the name and city stay here: their
 * consent to updates needs only an address, and a CRM is one more place a list of named people
 * in Belarus could leak from. Their country is sent, so organisers know not to mail them
 * anything that would endanger them there.
 */
export function personSignupBody(supporter: SupporterForCrm, options: { tags: readonly string[]; sensitive: boolean }): OsdiPersonSignup {
  const named = !options.sensitive && supporter.name ? splitName(supporter.name) : {};
  const locality = !options.sensitive && supporter.cityName ? { locality: supporter.cityName } : {};
  return {
    person: {
      ...named,
      // No status: a new person is subscribed (their consent), an existing one keeps the status
      // the CRM has, so an earlier unsubscribe there is never overridden from here.
      email_addresses: [{ address: supporter.email, primary: true }],
      postal_addresses: [{ country: supporter.country, ...locality }],
      ...(LANGUAGES.has(supporter.locale) ? { languages_spoken: [supporter.locale] } : {}),
    },
    ...(options.tags.length > 0 ? { add_tags: [...options.tags] } : {}),
  };
}

/** What a withdrawal sends: the address and "unsubscribed", nothing else (the helper's only way to say it). */
export function personUnsubscribeBody(email: string): OsdiPersonSignup {
  return { person: { email_addresses: [{ address: email, status: "unsubscribed" }] } };
}

/**
 * Our form asks for one name; OSDI has two fields. The last word goes to family_name and the rest
 * to given_name ("Anna Maria Kowalska" → "Anna Maria" + "Kowalska"), so the CRM shows the name
 * as typed when it joins them; a single word is a given name only.
 */
export function splitName(name: string): { given_name?: string; family_name?: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return {};
  if (words.length === 1) return { given_name: words[0] };
  return { given_name: words.slice(0, -1).join(" "), family_name: words.at(-1) };
}
