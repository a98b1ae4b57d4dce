import { z } from "zod";
import { preflightResponse } from "@/lib/open-data/api-response";
import { leafNumber, logRoute } from "@/lib/transparency/log-route";
import { readLeaves } from "@/lib/transparency/read-leaves";

// Leaves [start, end) as base64 of their bytes: what a verifier replays (at most 10,000 a request).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = logRoute(z.object({ start: leafNumber, end: leafNumber }), "immutable", async (campaign, { start, end }) => ({
  start,
  leaves: await readLeaves(campaign.id, start, end),
}));
export const OPTIONS = preflightResponse;
