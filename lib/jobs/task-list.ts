import "server-only";
import type { TaskList } from "graphile-worker";
import { buildDelivery } from "@/lib/delivery/build-delivery";
import { sendDeliveryEmail } from "@/lib/delivery/send-delivery-email";
import { purgeAbuseData } from "@/lib/abuse/purge-abuse-data";
import { sendPledgeEmail } from "@/lib/pledges/send-pledge-email";
import { anonymiseExpiredPledges } from "@/lib/privacy/anonymise-expired-pledges";
import { takeHourlySnapshot } from "@/lib/stats/snapshots/take-hourly-snapshot";
import { deliverWebhooks } from "@/lib/webhooks/deliver-webhooks";
import type { JobPayloads } from "./enqueue-job";

// Every background job the app knows, by name. A payload that does not match fails the job
// loudly instead of doing something half-right.
export const taskList: TaskList = {
  send_pledge_email: async (payload) => {
    const { pledgeId, kind, origin } = payload as JobPayloads["send_pledge_email"];
    if (typeof pledgeId !== "string" || (kind !== "confirm" && kind !== "already-signed") || (origin !== undefined && typeof origin !== "string")) {
      throw new Error(`send_pledge_email: malformed payload ${JSON.stringify(payload)}`);
    }
    await sendPledgeEmail(pledgeId, kind, origin);
  },
  purge_abuse_data: async () => {
    await purgeAbuseData();
  },
  anonymise_expired_pledges: async () => {
    await anonymiseExpiredPledges();
  },
  take_hourly_stats_snapshot: () => takeHourlySnapshot(),
  deliver_pack: async (payload) => {
    const { campaignId } = payload as JobPayloads["deliver_pack"];
    if (typeof campaignId !== "string") throw new Error(`deliver_pack: malformed payload ${JSON.stringify(payload)}`);
    await buildDelivery(campaignId);
  },
  send_delivery_email: async (payload) => {
    const { sendId } = payload as JobPayloads["send_delivery_email"];
    if (typeof sendId !== "string") throw new Error(`send_delivery_email: malformed payload ${JSON.stringify(payload)}`);
    await sendDeliveryEmail(sendId);
  },
  deliver_webhooks: async (payload) => {
    const { endpointId } = payload as JobPayloads["deliver_webhooks"];
    if (typeof endpointId !== "string") throw new Error(`deliver_webhooks: malformed payload ${JSON.stringify(payload)}`);
    await deliverWebhooks(endpointId);
  },
};
