// Boot of a Node server instance. A bad configuration stops it here, with a message naming every
// problem, instead of failing on the first request that needs a key. Then the instance starts
// its background work — the job worker (emails) and the tally aggregator (one instance at a time
// folds, under an advisory lock) — which keeps retrying while the database is unreachable, and
// stops it cleanly on shutdown, telling live clients to reconnect elsewhere.
import { forwardPeerAddress } from "@/lib/abuse/network/forward-peer-address";
import { serverEnv } from "@/lib/env";
import { startJobWorkerWhenPossible, stopJobWorker } from "@/lib/jobs/start-job-worker";
import { closeLiveHub } from "@/lib/live/live-hub";
import { startAggregator, stopAggregator } from "@/lib/stats/start-aggregator";

serverEnv();
forwardPeerAddress();
void startJobWorkerWhenPossible();
startAggregator();
process.once("SIGTERM", () => void Promise.all([stopJobWorker(), stopAggregator(), closeLiveHub()]));
