// Client-safe: the mail providers that carry a large share of any country's real supporters.
// A campaign surge brings thousands of their users an hour, so no per-domain cap or domain
// anomaly flag applies to them (ADR 0029): their users are told apart by their mailboxes, which
// must each confirm. Lower-case registrable domains; aliases of one provider are listed apart.

const MAJOR_MAIL_PROVIDERS = new Set([
  // International
  "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com",
  "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com",
  "pm.me", "tutanota.com", "tuta.io", "zoho.com", "fastmail.com", "gmx.com", "gmx.net", "mail.com",
  // Belarus, Russia and neighbours
  "mail.ru", "inbox.ru", "list.ru", "bk.ru", "internet.ru", "yandex.ru", "yandex.by", "yandex.com",
  "ya.ru", "rambler.ru", "tut.by", "ukr.net", "i.ua", "meta.ua",
  // Europe
  "gmx.de", "web.de", "t-online.de", "freenet.de", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com",
  "outlook.de", "hotmail.de", "hotmail.fr", "orange.fr", "free.fr", "laposte.net", "libero.it",
  "virgilio.it", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "seznam.cz", "centrum.cz", "email.cz",
  "azet.sk", "inbox.lt", "inbox.lv",
]);

/** True for the large providers (gmail.com, mail.ru, …) whose volume says nothing about abuse. */
export function isMajorMailProvider(domain: string): boolean {
  return MAJOR_MAIL_PROVIDERS.has(domain.trim().toLowerCase());
}
