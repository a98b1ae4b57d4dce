"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { serverEnv } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { takeStatsSnapshot } from "@/lib/stats/snapshots/take-stats-snapshot";

// "Cite this": anyone may press it (no sign-in); takeStatsSnapshot limits how often it writes.
// POST-redirect-GET to the permalink, with or without JavaScript.
const citeSchema = z.object({ locale: z.enum(routing.locales) });

export const citeStatsAction = formAction(
  citeSchema,
  async ({ locale }) => {
    const { id } = await takeStatsSnapshot(serverEnv().CAMPAIGN_SLUG, "manual");
    redirect(`/${locale}/stats/snapshots/${id}`);
  },
  { echoFields: [] },
);
