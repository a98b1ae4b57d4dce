// Client-safe. Misspellings of the big mail providers' domains, each with the domain meant.
// mailchecker lists many of them as throwaway mailboxes (someone registered them to catch
// mistyped mail), so a supporter who typed gmial.com was told their address was "throwaway"
// (issue #15). The form checks this table first and offers the fix instead.
const meant: Record<string, string[]> = {
  "gmail.com": ["gmial.com", "gmai.com", "gmal.com", "gamil.com", "gmil.com", "gnail.com", "gmaill.com", "gmali.com", "gmsil.com", "gmaul.com", "gmeil.com", "gmail.co", "gmail.con", "gmail.cm", "gmail.om", "gmail.comm", "gmail.cim"],
  "hotmail.com": ["hotmial.com", "hotmal.com", "hotmil.com", "hotmai.com", "hotnail.com", "hotmaill.com", "hotmali.com", "hotmail.con", "hotmail.co", "hotmail.cm"],
  "yahoo.com": ["yahooo.com", "yaho.com", "yhoo.com", "yaoo.com", "yahho.com", "yahoo.con", "yahoo.cm"],
  "outlook.com": ["outlok.com", "outloo.com", "outllok.com", "otlook.com", "oulook.com", "outlook.con", "outlook.co"],
  "icloud.com": ["iclod.com", "icoud.com", "iclould.com", "icloud.con", "icloud.co"],
  "protonmail.com": ["protonmial.com", "protonmai.com", "protonmail.con", "protonmal.com"],
  "mail.ru": ["mial.ru", "mali.ru", "maill.ru", "meil.ru", "mail.ry", "mail.tu", "mail.rum", "mail.ri"],
  "yandex.ru": ["yandx.ru", "yadex.ru", "yndex.ru", "yanex.ru", "yandeks.ru", "jandex.ru", "yandex.ry", "yandex.tu"],
  "yandex.by": ["yandx.by", "yadex.by", "yandex.bu"],
  "rambler.ru": ["ramber.ru", "rambller.ru", "rambler.ry"],
  "inbox.ru": ["inbox.ry", "imbox.ru"],
};

const suggestionFor = new Map(Object.entries(meant).flatMap(([domain, typos]) => typos.map((typo) => [typo, domain] as const)));

/** The address the supporter probably meant ("anna@gmial.com" → "anna@gmail.com"), or null. */
export function suggestEmail(email: string): string | null {
  const at = email.lastIndexOf("@");
  if (at < 1) return null;
  const domain = suggestionFor.get(email.slice(at + 1).trim().toLowerCase());
  return domain ? `${email.slice(0, at).trim()}@${domain}` : null;
}
