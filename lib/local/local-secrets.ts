import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { dataDir } from "./data-dir";

// Secrets for the embedded default, generated once into .data/secrets.json (mode 0600) so that
// `npm install && npm start` needs no configuration and data stays readable across restarts.
// Deployments with their own DATABASE_URL must set the keys explicitly (see .env.example):
// a key that silently lives in a local file is a key that gets lost with the machine.
export interface LocalSecrets {
  ENCRYPTION_KEY: string;
  HASH_KEY: string;
  AUTH_SECRET: string;
  LOG_SIGNING_KEY: string;
  POSTGRES_PASSWORD: string;
}

const secretsFile = path.join(dataDir, "secrets.json");

export function loadOrCreateLocalSecrets(): LocalSecrets {
  const existing = existsSync(secretsFile)
    ? (JSON.parse(readFileSync(secretsFile, "utf8")) as Partial<LocalSecrets>)
    : {};
  const secrets: LocalSecrets = {
    ENCRYPTION_KEY: existing.ENCRYPTION_KEY ?? randomBytes(32).toString("base64"),
    HASH_KEY: existing.HASH_KEY ?? randomBytes(32).toString("base64"),
    AUTH_SECRET: existing.AUTH_SECRET ?? randomBytes(32).toString("base64"),
    LOG_SIGNING_KEY: existing.LOG_SIGNING_KEY ?? randomBytes(32).toString("base64"),
    POSTGRES_PASSWORD: existing.POSTGRES_PASSWORD ?? randomBytes(18).toString("base64url"),
  };
  if (JSON.stringify(existing) !== JSON.stringify(secrets)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(secretsFile, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 });
  }
  return secrets;
}
