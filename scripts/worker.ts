// `npm run worker`: the job worker on its own (confirmation emails, the hourly snapshot, the
// nightly purges), for deployments whose web instances run with JOB_CONCURRENCY=0 so that mail
// work never competes with pledges for the web process's CPU (docs/OPERATIONS.md). Any number
// may run: graphile-worker hands each job to exactly one of them. SIGTERM or Ctrl-C lets the
// jobs in hand finish, then exits.
import nextEnv from "@next/env";
import { db } from "@/lib/db/client";
import { startJobWorker, stopJobWorker } from "@/lib/jobs/start-job-worker";
import { projectRoot } from "@/lib/local/data-dir";

nextEnv.loadEnvConfig(projectRoot, false, { info: () => {}, error: console.error });
if (!process.env.DATABASE_URL?.trim()) {
  console.error("npm run worker needs DATABASE_URL: it joins web instances on a shared PostgreSQL. With the embedded default, `npm start` runs its worker in-process.");
  process.exit(1);
}
// A worker's whole job is the queue: JOB_CONCURRENCY=0 (meant for web instances) would idle it.
if (Number(process.env.JOB_CONCURRENCY ?? "2") === 0) process.env.JOB_CONCURRENCY = "2";

const runner = await startJobWorker();
console.log(`[jobs] worker running (concurrency ${process.env.JOB_CONCURRENCY ?? "2"}); SIGTERM or Ctrl-C to stop`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[jobs] ${signal}: finishing the jobs in hand`);
  await stopJobWorker();
  await db().$disconnect();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
await runner?.promise;
