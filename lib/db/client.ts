import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { serverEnv } from "@/lib/env";
import { processSingleton } from "@/lib/lifecycle/process-singleton";
import { PrismaClient } from "./generated/client";

// One client per process. Encrypted and secret columns are omitted globally, so a query has to
// ask for them by name (`omit: { emailEncrypted: false }`) and no page can leak them by accident.
const secretColumns = {
  pledge: { nameEncrypted: true, emailEncrypted: true, emailHash: true, logSecret: true },
  crmConnection: { apiKeyEncrypted: true },
  crmPush: { unsubscribeEmailEncrypted: true },
} as const;

function createClient() {
  const env = serverEnv();
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter, omit: secretColumns });
}

export type Database = ReturnType<typeof createClient>;

/** The process's one client (tests replace or forget it to reconnect elsewhere). */
export const dbClient = processSingleton("db", createClient);

export function db(): Database {
  return dbClient.get();
}
