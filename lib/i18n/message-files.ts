// UI strings are split by feature so that features (and the people writing them) do not collide
// in one huge file. Each file holds top-level namespaces; they are merged per locale.
// Adding a locale: add messages/<locale>/ with every file below (a test checks completeness).
export const messageFiles = ["common", "home", "pledge", "story", "privacy", "share", "emails", "confirm", "withdraw", "places", "map", "campaign-status", "abuse", "stats", "messages", "about", "next-steps", "verify", "delivery", "campaigns"] as const;

/**
 * The namespaces the public site's client components read (useTranslations, useMessages): the
 * locale layout hands only these to the browser. The rest (emails, the story, the statistics'
 * and the privacy notice's server-side strings…) stayed in every public page's RSC payload
 * before, 27 kB of it, parsed by every reader's phone. lib/i18n/public-client-namespaces.test.ts
 * fails when a component reads another.
 */
export const publicClientNamespaces = ["abuse", "count", "embed", "map", "places", "pledgeForm", "serverError", "share", "verify"] as const;
