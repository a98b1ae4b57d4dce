import { z } from "zod";
import { preflightResponse } from "@/lib/open-data/api-response";
import { leafNumber, logRoute } from "@/lib/transparency/log-route";
import { listCheckpoints } from "@/lib/transparency/read-checkpoints";

// Every signed checkpoint in order of size, a page at a time: ?from=<size> (inclusive).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const PAGE = 1_000;

export const GET = logRoute(z.object({ from: leafNumber.default(0) }), "live", async (campaign, { from }) => ({
  checkpoints: await listCheckpoints(campaign, from, PAGE),
}));
export const OPTIONS = preflightResponse;
