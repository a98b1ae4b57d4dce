import "server-only";
import { readCampaignTotals } from "./read-tallies";

/**
 * The public count of confirmed pledges, as folded by the aggregator (about a second behind the
 * pledges themselves). One primary-key read, however many supporters: unlike count(*) on
 * "Pledge", its cost does not grow with the campaign.
 */
export async function publicTotal(campaignId: string): Promise<number> {
  return (await readCampaignTotals(campaignId)).total;
}
