import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { serverEnv } from "@/lib/env";
import { processSingleton } from "@/lib/lifecycle/process-singleton";
import { PrismaClient } from "./generated/client";

// The aggregator's own connection, outside the request pool. Under a pledge surge every pooled
// connection is busy with requests, and a tick waiting for one ("Unable to start a transaction in
// the given time") made the public count fall behind exactly when everyone watches it
// (docs/PERFORMANCE.md). One connection is enough: ticks never overlap within an instance.
const aggregatorClient = processSingleton(
  "aggregator-db",
  () => new PrismaClient({ adapter: new PrismaPg({ connectionString: serverEnv().DATABASE_URL, max: 1 }) }),
);

export function aggregatorDb(): PrismaClient {
  return aggregatorClient.get();
}

/** Closes the aggregator's connection (at shutdown, after the aggregator has stopped). */
export async function closeAggregatorDb(): Promise<void> {
  const client = aggregatorClient.peek();
  aggregatorClient.set(undefined);
  await client?.$disconnect();
}
