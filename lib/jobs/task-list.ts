import "server-only";
import type { TaskList } from "graphile-worker";
import { sendPledgeEmail } from "@/lib/pledges/send-pledge-email";
import { takeHourlySnapshot } from "@/lib/stats/snapshots/take-hourly-snapshot";
import type { JobPayloads } from "./enqueue-job";

// Every background job the app knows, by name. A payload that does not match fails the job
// loudly instead of doing something half-right.
export const taskList: TaskList = {
  send_pledge_email: async (payload) => {
    const { pledgeId, kind } = payload as JobPayloads["send_pledge_email"];
    if (typeof pledgeId !== "string" || (kind !== "confirm" && kind !== "already-signed")) {
      throw new Error(`send_pledge_email: malformed payload ${JSON.stringify(payload)}`);
    }
    await sendPledgeEmail(pledgeId, kind);
  },
  take_hourly_stats_snapshot: () => takeHourlySnapshot(),
};
