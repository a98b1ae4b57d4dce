// Client-safe and not a client module: the page (server) prints the short list, the help panel
// (client) the full one. A "use client" file's exports reach a server component only as references.
export const SHORTCUTS: [string, string][] = [
  ["j / k", "next / previous message"],
  ["a", "approve"],
  ["r", "reject (then 1–6 for the reason)"],
  ["f", "feature, or stop featuring"],
  ["x", "tick for a bulk action"],
  ["?", "show or hide this help"],
  ["Esc", "close this help or the reject form"],
];
