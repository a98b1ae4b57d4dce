import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { serverEnv } from "@/lib/env";
import { PrismaClient } from "./generated/client";

// The aggregator's own connection, outside the request pool. Under a pledge surge every pooled
// connection is busy with requests, and a tick waiting for one ("Unable to start a transaction in
// the given time") made the public count fall behind exactly when everyone watches it
// (docs/PERFORMANCE.md). One connection is enough: ticks never overlap within an instance.
const globalForAggregator = globalThis as unknown as { solidarityAggregatorDb?: PrismaClient };

export function aggregatorDb(): PrismaClient {
  globalForAggregator.solidarityAggregatorDb ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: serverEnv().DATABASE_URL, max: 1 }),
  });
  return globalForAggregator.solidarityAggregatorDb;
}

/** Closes the aggregator's connection (at shutdown, after the aggregator has stopped). */
export async function closeAggregatorDb(): Promise<void> {
  const client = globalForAggregator.solidarityAggregatorDb;
  delete globalForAggregator.solidarityAggregatorDb;
  await client?.$disconnect();
}
