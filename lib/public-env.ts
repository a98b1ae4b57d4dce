import { z } from "zod";

// The configuration that is not secret and needs nothing else to be valid: the public origin,
// who runs the campaign, the runtime. Read where serverEnv() cannot be: proxy.ts (which runs
// apart from the app's validated configuration), page metadata (which must not need the
// database settings) and code shared with the command-line tools. Not cached: it is parsed per
// call, so the proxy and the pages see the environment as it is now, like the direct reads they
// replace, and tests may change it between cases. "Public" means not secret — nothing here is
// sent to the browser. Together with serverEnv() (lib/env.ts) the only reader of process.env in
// app code; eslint.config.mjs refuses other reads.

const nonEmpty = z.preprocess((value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined), z.string().optional());

const publicEnvSchema = z.object({
  NODE_ENV: z.string().optional(),
  /** Public origin of the site (links, metadata, the same-origin rule); validated by serverEnv(). */
  APP_URL: nonEmpty,
  /**
   * Further origins that serve this same site (comma-separated): a mirror domain, the onion
   * service. Pages, emailed links and the same-origin rule work under each (lib/http/site-origins.ts).
   */
  APP_ALT_URLS: nonEmpty,
  /** The site's onion service (http://….onion): announced in `Onion-Location`, and an origin like APP_ALT_URLS. */
  ONION_URL: nonEmpty,
  /** Who runs the campaign (privacy notice, footer, about page); unset: the localised default. */
  ORGANISATION_NAME: nonEmpty,
  ORGANISATION_CONTACT: nonEmpty,
  /** Set by Next.js inside its server ("nodejs" or "edge"); unset in the command-line tools. */
  NEXT_RUNTIME: nonEmpty,
});

export type PublicEnv = z.infer<typeof publicEnvSchema>;

export function publicEnv(): PublicEnv {
  // Every field is optional and trimmed, so parsing cannot fail: a malformed APP_URL is
  // serverEnv()'s to report, at boot.
  return publicEnvSchema.parse(process.env);
}
