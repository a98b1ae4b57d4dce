"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { serverEnv } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { routing } from "@/lib/i18n/routing";
import { snapshotPagePath } from "@/lib/campaigns/public-addresses";
import { takeStatsSnapshot } from "@/lib/stats/snapshots/take-stats-snapshot";

// "Cite this": anyone may press it (no sign-in); takeStatsSnapshot limits how often it writes.
// POST-redirect-GET to the permalink, with or without JavaScript. The default campaign's numbers
// page sends no campaign; another campaign's page sends its slug (ADR 0054), and only a public
// (live or closed) campaign's figures can be cited.
const citeSchema = z.object({ locale: z.enum(routing.locales), campaign: z.string().max(64).optional() });

export const citeStatsAction = formAction(
  citeSchema,
  async ({ locale, campaign }) => {
    const other = campaign ? await findPublicCampaign(campaign) : null;
    if (campaign && !other) throw new NotFoundError("no public campaign has that slug");
    const { id } = await takeStatsSnapshot(other?.slug ?? serverEnv().CAMPAIGN_SLUG, "manual");
    redirect(snapshotPagePath(locale, id, other?.slug));
  },
  { echoFields: [] },
);
