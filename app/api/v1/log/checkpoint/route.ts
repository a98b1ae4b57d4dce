import { z } from "zod";
import { preflightResponse } from "@/lib/open-data/api-response";
import { logRoute } from "@/lib/transparency/log-route";
import { latestCheckpoint } from "@/lib/transparency/read-checkpoints";

// The transparency log's newest signed checkpoint (docs/API.md, docs/decisions/0046-…).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = logRoute(z.object({}), "live", (campaign) => latestCheckpoint(campaign));
export const OPTIONS = preflightResponse;
