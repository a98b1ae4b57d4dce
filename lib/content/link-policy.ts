// Which links markdown may contain. The story and the privacy notice are ours, but the same
// renderer will show organiser-edited text, so a link must never run script (javascript:,
// data:, vbscript:) or reach an unexpected scheme. Client-safe: no secrets, no server imports.

export type LinkKind = "internal" | "external" | "email";

// Resolving against a placeholder origin tells relative links (which stay on it) from absolute
// ones. The WHATWG parser is the browser's own, so tricks such as "java\tscript:" or
// "\\evil.example" are read here exactly as a browser would read them.
const placeholderOrigin = "https://relative.invalid";

/** What kind of link a URL is, or null when it must not become a link at all. */
export function linkKind(url: string): LinkKind | null {
  let parsed: URL;
  try {
    parsed = new URL(url, `${placeholderOrigin}/`);
  } catch {
    return null;
  }
  if (parsed.protocol === "mailto:") return "email";
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  return parsed.origin === placeholderOrigin ? "internal" : "external";
}

/** For react-markdown's urlTransform: keeps allowed URLs, empties every other one. */
export function allowedUrlOrEmpty(url: string): string {
  return linkKind(url) ? url : "";
}
