import "server-only";
import { z } from "zod";

// The server's configuration, parsed and validated once. Every variable is documented in
// .env.example. Secrets are base64-encoded 32-byte keys (`openssl rand -base64 32`).

const base64Key = z
  .string()
  .trim()
  .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 bytes, base64-encoded");

const serverEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  /** Upper bound of connections this instance opens to PostgreSQL. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** AES-256-GCM key for personal data at rest. */
  ENCRYPTION_KEY: base64Key,
  /** During a key rotation only: the key being replaced, still accepted for decryption. */
  ENCRYPTION_KEY_PREVIOUS: z.preprocess(emptyToUndefined, base64Key.optional()),
  /** HMAC key for the email hash used for duplicate checks. */
  HASH_KEY: base64Key,
  /** Ed25519 private key (its 32-byte seed, base64) that signs the transparency log's checkpoints. */
  LOG_SIGNING_KEY: base64Key,
  /** Signs and encrypts organiser sign-in (Auth.js). At least 32 characters. */
  AUTH_SECRET: z.string().trim().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
  /** Public origin of the site, used in links sent by email. */
  APP_URL: z.url().default("http://localhost:3000"),
  /** Mirrors of the site (comma-separated origins); read through lib/http/site-origins.ts, checked here at boot. */
  APP_ALT_URLS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine((value) => value.split(",").every((entry) => /^https?:\/\/[^/\s]+\/?$/.test(entry.trim())), "must be comma-separated http(s) origins, e.g. https://mirror.example.org")
      .optional(),
  ),
  /** The onion service's origin (Onion-Location); read through lib/http/site-origins.ts. */
  ONION_URL: z.preprocess(emptyToUndefined, z.string().regex(/^https?:\/\/[a-z2-7]{56}\.onion\/?$/, "must be the onion service's origin, e.g. http://<56 characters>.onion").optional()),
  /** Slug of the campaign the public pages show. */
  CAMPAIGN_SLUG: z.string().min(1).default("belarus-solidarity-day"),
  /** SMTP server for outgoing mail (smtp:// or smtps://user:pass@host:port). Unset: dev mailbox. */
  SMTP_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^smtps?$/ }).optional()),
  /** Sender of every email. */
  MAIL_FROM: z.string().min(3).default("Solidarity Pledge <no-reply@localhost>"),
  /** "1" enables /dev/mailbox in production (the local `npm start` default sets it). */
  DEV_MAILBOX: z.preprocess(emptyToUndefined, z.enum(["0", "1"]).optional()),
  /** Background jobs (emails) this instance runs at once; 0 runs no worker in this instance. */
  JOB_CONCURRENCY: z.coerce.number().int().min(0).max(50).default(2),
  /** Reverse proxies in front of the app that append to X-Forwarded-For (0: clients connect directly). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Proof-of-work difficulty: the largest counter a browser may have to try (raised ×10 for flagged sources). */
  POW_MAX_NUMBER: z.coerce.number().int().min(10).max(10_000_000).default(20_000),
  /** Live streams (/api/live) one network may hold open on one instance; past it, 429 (pages poll). */
  LIVE_CONNECTIONS_PER_NETWORK: z.coerce.number().int().min(1).max(100_000).default(300),
  /** "1" lets webhooks reach localhost and private networks in production (docs/decisions/0052-…). */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: z.preprocess(emptyToUndefined, z.enum(["0", "1"]).optional()),
});

function emptyToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

export type ServerEnv = z.infer<typeof serverEnvSchema> & {
  encryptionKey: Buffer;
  previousEncryptionKey: Buffer | null;
  hashKey: Buffer;
};

let cached: ServerEnv | undefined;

/** The validated configuration; throws one readable error listing every problem. */
export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = serverEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration (see .env.example):\n${problems.join("\n")}`);
  }
  cached = {
    ...parsed.data,
    encryptionKey: Buffer.from(parsed.data.ENCRYPTION_KEY, "base64"),
    previousEncryptionKey: parsed.data.ENCRYPTION_KEY_PREVIOUS ? Buffer.from(parsed.data.ENCRYPTION_KEY_PREVIOUS, "base64") : null,
    hashKey: Buffer.from(parsed.data.HASH_KEY, "base64"),
  };
  return cached;
}
