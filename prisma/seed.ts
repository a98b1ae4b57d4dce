// `npm run db:seed`: the campaign (always) and, for the embedded default, demo supporters, a
// second demo campaign (solidarity-2027) and a demo admin (admin@example.org).
// Idempotent: running it twice changes nothing.
import { seedCampaign } from "@/lib/campaigns/seed-campaign";
import { seedDemoOrganiser } from "@/lib/auth/seed-demo-organiser";
import { seedDemoPledges } from "@/lib/campaigns/seed-demo-pledges";
import { DEMO_SECOND_CAMPAIGN, seedDemoSecondCampaign } from "@/lib/campaigns/seed-demo-second-campaign";
import { serverEnv } from "@/lib/env";

export async function seed(options: { demo: boolean; log?: (line: string) => void }): Promise<void> {
  const log = options.log ?? console.log;
  const campaign = await seedCampaign(serverEnv().CAMPAIGN_SLUG);
  log(campaign.created ? "Created the campaign." : "The campaign exists already.");
  if (options.demo) {
    const added = await seedDemoPledges(campaign.id);
    if (added > 0) log(`Added ${added} demo supporters.`);
    if (serverEnv().CAMPAIGN_SLUG !== DEMO_SECOND_CAMPAIGN.slug && (await seedDemoSecondCampaign()).created) {
      log(`Added a second demo campaign at /en/campaigns/${DEMO_SECOND_CAMPAIGN.slug}.`);
    }
    const organiser = await seedDemoOrganiser();
    if (organiser.created) log("Added the demo admin admin@example.org: sign in at /admin/sign-in, the link arrives in /dev/mailbox.");
  }
}
