// Boot of a Node server instance. A bad configuration stops it here, with a message naming every
// problem, instead of failing on the first request that needs a key. Then the instance starts
// its background work — the job worker (emails) and the tally aggregator (one instance at a time
// folds, under an advisory lock) — which keeps retrying while the database is unreachable, and
// stops it cleanly on SIGTERM (lib/lifecycle/shutdown-instance.ts), telling live clients to
// reconnect elsewhere, while Next lets in-flight requests finish.
import { forwardPeerAddress } from "@/lib/abuse/network/forward-peer-address";
import { serverEnv } from "@/lib/env";
import { startJobWorkerWhenPossible } from "@/lib/jobs/start-job-worker";
import { closeDatabasePool, holdExitUntil, shutdownInstance } from "@/lib/lifecycle/shutdown-instance";
import { startAggregator } from "@/lib/stats/start-aggregator";

serverEnv();
forwardPeerAddress();
void startJobWorkerWhenPossible();
startAggregator();
process.once("SIGTERM", () => holdExitUntil(shutdownInstance(), { beforeExit: closeDatabasePool }));
