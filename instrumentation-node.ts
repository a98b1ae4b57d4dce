// Boot of a Node server instance. A bad configuration stops it here, with a message naming every
// problem, instead of failing on the first request that needs a key. Then the instance starts
// its background job worker (confirmation emails), which keeps retrying while the database is
// unreachable, and stops it cleanly on shutdown.
import { serverEnv } from "@/lib/env";
import { startJobWorkerWhenPossible, stopJobWorker } from "@/lib/jobs/start-job-worker";

serverEnv();
void startJobWorkerWhenPossible();
process.once("SIGTERM", () => void stopJobWorker());
