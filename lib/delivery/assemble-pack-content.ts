import "server-only";
// use-intl/core, not next-intl: this also runs in the job worker (no React).
import { createTranslator } from "use-intl/core";
import { readCampaignStory } from "@/lib/content/read-campaign-story";
import { countryName } from "@/lib/geo/country-names";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { Locale } from "@/lib/i18n/routing";
import { listPublicMessages } from "@/lib/moderation/list-public-messages";
import type { StoredSnapshot } from "@/lib/stats/snapshots/find-stats-snapshot";
import type { PackContent, PackLabels } from "./pack-content";
import { storyParagraphs } from "./story-paragraphs";

/** How many messages the pack prints: a selection (featured first), not the whole wall. */
export const PACK_MESSAGES = 30;

const LABEL_KEYS: (keyof PackLabels)[] = ["subtitle", "storyHeading", "countHeading", "confirmed", "country", "supporters", "roundedNote", "messagesHeading", "aSupporter", "proofHeading", "proofText", "snapshotId", "snapshotSha", "treeSize", "rootHash", "checkpointIssued", "noCheckpoint"];

/**
 * What the pack says, in one language. The figures are the snapshot's, exactly as its permalink
 * serves them (sensitive countries already coarse); the messages come from the public wall's own
 * query, so the pack can show nothing the wall would not (a name only where the supporter chose
 * to show one), and then leaves out every message from a sensitive country, opted in or not: the
 * pack goes to governments, and one who opted into the wall did not opt into that (issue #16).
 */
export async function assemblePackContent(campaign: { id: string; title: string; sensitiveCountries: string[] }, snapshot: StoredSnapshot, locale: Locale): Promise<PackContent> {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "delivery.pack" }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const [story, messages] = await Promise.all([readCampaignStory(campaign.id, locale), listPublicMessages(campaign, { limit: PACK_MESSAGES })]);
  const checkpoint = snapshot.content.logCheckpoint;
  const labels = Object.fromEntries(LABEL_KEYS.map((key) => [key, t(key, { date: snapshot.content.takenAt.slice(0, 10) })])) as unknown as PackLabels;
  return {
    locale,
    campaignTitle: campaign.title,
    storyParagraphs: storyParagraphs(story),
    snapshot: {
      id: snapshot.id,
      sha256: snapshot.sha256,
      takenAt: snapshot.content.takenAt,
      confirmed: snapshot.content.confirmed,
      countries: snapshot.content.countries.map((country) => ({ name: countryName(country.code, locale), count: country.count, ...(typeof country.roundedTo === "number" ? { roundedTo: country.roundedTo } : {}) })),
      checkpoint: checkpoint && { treeSize: checkpoint.treeSize, rootHash: checkpoint.rootHash, issuedAt: checkpoint.issuedAt },
    },
    messages: messages.filter((message) => !campaign.sensitiveCountries.includes(message.country)).map((message) => ({ text: message.text, displayName: message.displayName, country: countryName(message.country, locale), featured: message.featured })),
    labels,
  };
}
