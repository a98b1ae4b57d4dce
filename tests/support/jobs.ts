import { Logger, runOnce } from "graphile-worker";
import { db } from "@/lib/db/client";
import { taskList } from "@/lib/jobs/task-list";

/** The jobs waiting in the queue. (graphile-worker's public `jobs` view hides payloads, which tests need.) */
export async function queuedJobs(): Promise<{ task: string; payload: unknown; attempts: number; lastError: string | null }[]> {
  return db().$queryRaw`
    SELECT t.identifier AS task, j.payload, j.attempts, j.last_error AS "lastError"
    FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    ORDER BY j.id`;
}

/** Runs every job that is due, once, exactly as the app's worker would. */
export async function runDueJobs(): Promise<void> {
  await runOnce({
    connectionString: process.env.DATABASE_URL!,
    taskList,
    logger: new Logger(() => () => {}),
  });
}
