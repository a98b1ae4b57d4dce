// Runs once when a server instance boots. A bad configuration stops it here, with a message
// naming every problem, instead of failing on the first request that needs a key. Then the
// instance starts its background job worker (confirmation emails).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { serverEnv } = await import("@/lib/env");
  serverEnv();
  const { startJobWorkerWhenPossible, stopJobWorker } = await import("@/lib/jobs/start-job-worker");
  void startJobWorkerWhenPossible();
  process.once("SIGTERM", () => void stopJobWorker());
}
