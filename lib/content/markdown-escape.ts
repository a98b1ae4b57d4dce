// Values from outside the markdown (configuration today, perhaps supporters' input later) are
// put into markdown text. Escaped here, they render as exactly the characters given: no
// emphasis, no links, no headings, no HTML, however they are written.

// CommonMark lets a backslash escape any ASCII punctuation character, and only those.
const asciiPunctuation = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** Markdown that renders as the given text, on one line. */
export function escapeMarkdownText(value: string): string {
  // A line break could end the surrounding paragraph or list item and start a new block.
  return value.replace(/\s+/g, " ").trim().replace(asciiPunctuation, "\\$&");
}

// CommonMark's own definition of an email autolink (spec 6.5): nothing in it can close the
// angle brackets or start other markup.
const emailAddress = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const webAddress = /^https?:\/\/[^\s<>\u0000-\u001f\u007f]+$/i;

/** A contact as markdown: an email address or web address becomes a link, anything else text. */
export function contactMarkdown(contact: string): string {
  const trimmed = contact.trim();
  if (emailAddress.test(trimmed) || webAddress.test(trimmed)) return `<${trimmed}>`;
  return escapeMarkdownText(trimmed);
}
