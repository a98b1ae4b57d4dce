import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

// Jobs live in PostgreSQL (graphile-worker), so a job is enqueued in the same transaction as the
// row it is about: a crash or a mail outage between "pledge stored" and "email sent" loses
// nothing, and a rolled-back pledge leaves no job behind. See docs/decisions/0006-….

export interface JobPayloads {
  /** `origin`: the address of ours the supporter signed through, when the request named one. */
  send_pledge_email: { pledgeId: string; kind: "confirm" | "already-signed"; origin?: string };
  /** Builds the delivery pack and queues one email per recipient (docs/decisions/0050-…). */
  deliver_pack: { campaignId: string };
  send_delivery_email: { sendId: string };
  /** One supporter to the organisers' CRM, and a withdrawn one's unsubscribe (docs/decisions/0053-…). */
  push_supporter_to_crm: { pledgeId: string };
  unsubscribe_supporter_from_crm: { pledgeId: string };
  /** Posts one endpoint's pending webhook events (docs/decisions/0052-…). */
  deliver_webhooks: { endpointId: string };
}

export type JobName = keyof JobPayloads;

export async function enqueueJob<Name extends JobName>(
  tx: Prisma.TransactionClient,
  name: Name,
  payload: JobPayloads[Name],
  options: { maxAttempts?: number; runAt?: Date; jobKey?: string; queueName?: string } = {},
): Promise<void> {
  // A job key names a job that replaces an earlier one of the same key (the delivery's schedule:
  // moving it moves the one waiting job), and lets it be removed again (removeJob).
  // Retries back off exponentially (graphile-worker: exp(min(attempt, 10)) s), so 25 attempts
  // span about a day and a half: long enough to ride out an SMTP outage.
  // A queue name runs that queue's jobs one at a time (a webhook endpoint's deliveries).
  await tx.$executeRaw`SELECT graphile_worker.add_job(${name}::text, ${JSON.stringify(payload)}::json, queue_name => ${options.queueName ?? null}::text, max_attempts => ${options.maxAttempts ?? 25}::int, run_at => ${options.runAt ?? null}::timestamptz, job_key => ${options.jobKey ?? null}::text)`;
}

/** Removes a waiting job by its key (one already running finishes). */
export async function removeJob(tx: Prisma.TransactionClient, jobKey: string): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.remove_job(${jobKey}::text)`;
}
