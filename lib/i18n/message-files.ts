// UI strings are split by feature so that features (and the people writing them) do not collide
// in one huge file. Each file holds top-level namespaces; they are merged per locale.
// Adding a locale: add messages/<locale>/ with every file below (a test checks completeness).
export const messageFiles = ["common", "home", "pledge", "story", "privacy", "share", "emails", "confirm", "withdraw", "places", "map", "campaign-status", "abuse", "stats", "messages", "about", "next-steps", "verify", "delivery", "campaigns"] as const;
