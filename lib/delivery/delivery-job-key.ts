/** The one waiting deliver_pack job per campaign: rescheduling replaces it, cancelling removes it. */
export function deliveryJobKey(campaignId: string): string {
  return `deliver_pack:${campaignId}`;
}
