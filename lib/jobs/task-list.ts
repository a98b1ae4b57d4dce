import "server-only";
import type { TaskList } from "graphile-worker";
import { buildDelivery } from "@/lib/delivery/build-delivery";
import { sendDeliveryEmail } from "@/lib/delivery/send-delivery-email";
import { pushSupporterToCrm } from "@/lib/crm/push-supporter-to-crm";
import { unsubscribeSupporterFromCrm } from "@/lib/crm/unsubscribe-supporter-from-crm";
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
  // The CRM jobs record every answer themselves; on the queue's last attempt a CRM that is still
  // down counts as a failure, which the admin's backfill can queue again.
  push_supporter_to_crm: async (payload, helpers) => {
    const { pledgeId } = payload as JobPayloads["push_supporter_to_crm"];
    if (typeof pledgeId !== "string") throw new Error(`push_supporter_to_crm: malformed payload ${JSON.stringify(payload)}`);
    await pushSupporterToCrm(pledgeId, { final: helpers.job.attempts >= helpers.job.max_attempts });
  },
  unsubscribe_supporter_from_crm: async (payload, helpers) => {
    const { pledgeId } = payload as JobPayloads["unsubscribe_supporter_from_crm"];
    if (typeof pledgeId !== "string") throw new Error(`unsubscribe_supporter_from_crm: malformed payload ${JSON.stringify(payload)}`);
    await unsubscribeSupporterFromCrm(pledgeId, { final: helpers.job.attempts >= helpers.job.max_attempts });
  },
  deliver_webhooks: async (payload) => {
    const { endpointId } = payload as JobPayloads["deliver_webhooks"];
    if (typeof endpointId !== "string") throw new Error(`deliver_webhooks: malformed payload ${JSON.stringify(payload)}`);
    await deliverWebhooks(endpointId);
  },
};
