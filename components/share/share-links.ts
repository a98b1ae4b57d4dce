// The addresses behind the share links. Client-safe and pure: no request leaves our page until a
// person follows one of these links themselves, and nothing from these services loads here.

export const shareTargets = ["email", "x", "facebook", "telegram", "whatsapp"] as const;

export type ShareTarget = (typeof shareTargets)[number];

export interface ShareContent {
  /** The canonical page address being shared. */
  url: string;
  /** Email subject. */
  title: string;
  /** The supporter's message; services that take text put it before the address. */
  text: string;
}

// encodeURIComponent rather than URLSearchParams: the latter writes spaces as "+", which mail
// programs show literally in a mailto: subject (RFC 6068 knows only percent-encoding).
const encode = encodeURIComponent;

export function shareUrl(target: ShareTarget, { url, title, text }: ShareContent): string {
  switch (target) {
    case "email":
      // RFC 6068: line breaks in a body are CRLF.
      return `mailto:?subject=${encode(title)}&body=${encode(`${text}\r\n\r\n${url}`)}`;
    case "x":
      return `https://twitter.com/intent/tweet?text=${encode(text)}&url=${encode(url)}`;
    case "facebook":
      // Facebook takes only the address; it shows the page's Open Graph card.
      return `https://www.facebook.com/sharer/sharer.php?u=${encode(url)}`;
    case "telegram":
      return `https://t.me/share/url?url=${encode(url)}&text=${encode(text)}`;
    case "whatsapp":
      // WhatsApp has a single text field, so the address goes at its end.
      return `https://wa.me/?text=${encode(`${text} ${url}`)}`;
  }
}

export function shareLinks(content: ShareContent): { target: ShareTarget; href: string }[] {
  return shareTargets.map((target) => ({ target, href: shareUrl(target, content) }));
}
