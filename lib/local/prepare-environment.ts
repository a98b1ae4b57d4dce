import nextEnv from "@next/env";
import { resolveDatabase } from "@/lib/db/resolve-database";
import type { RunningDatabase } from "@/lib/db/embedded-postgres";
import { projectRoot } from "./data-dir";
import { loadOrCreateLocalSecrets } from "./local-secrets";

/**
 * What every command of ours (start, dev, migrate, seed, organiser CLI) does first: read .env
 * files the way Next does, bring up the database (embedded unless DATABASE_URL is set) and fill
 * in the generated local secrets for the embedded default. The result is also written to
 * process.env, so lib/env.ts and child processes see one consistent configuration.
 */
export async function prepareEnvironment(options: { dev?: boolean; log?: (line: string) => void } = {}): Promise<RunningDatabase & { embedded: boolean }> {
  nextEnv.loadEnvConfig(projectRoot, options.dev ?? false, { info: () => {}, error: console.error });
  const embedded = !process.env.DATABASE_URL?.trim();
  if (embedded) {
    const secrets = loadOrCreateLocalSecrets();
    process.env.ENCRYPTION_KEY ||= secrets.ENCRYPTION_KEY;
    process.env.HASH_KEY ||= secrets.HASH_KEY;
    process.env.AUTH_SECRET ||= secrets.AUTH_SECRET;
    process.env.LOG_SIGNING_KEY ||= secrets.LOG_SIGNING_KEY;
  } else {
    const missing = ["ENCRYPTION_KEY", "HASH_KEY", "AUTH_SECRET", "LOG_SIGNING_KEY"].filter((name) => !process.env[name]?.trim());
    if (missing.length) {
      throw new Error(
        `DATABASE_URL is set, so keys are not generated for you: set ${missing.join(", ")} (see .env.example).`,
      );
    }
  }
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const database = await resolveDatabase(options.log);
  process.env.DATABASE_URL = database.url;
  return { ...database, embedded };
}
