// Client-safe and not a client module: the page (server) prints the short list, the help panel
// (client) the full one. A "use client" file's exports reach a server component only as references.
// The keys are the same in every language; what they do is "adminModeration.shortcuts.<name>".
export const SHORTCUTS: [keys: string, meaning: string][] = [
  ["j / k", "nextPrevious"],
  ["a", "approve"],
  ["r", "reject"],
  ["f", "feature"],
  ["x", "tick"],
  ["?", "help"],
  ["Esc", "escape"],
];
