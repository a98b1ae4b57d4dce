import { z } from "zod";
import { preflightResponse } from "@/lib/open-data/api-response";
import { leafNumber, logRoute } from "@/lib/transparency/log-route";
import { proveInclusion } from "@/lib/transparency/prove";

// RFC 9162 inclusion proof of leaf ?index in the tree of ?size leaves.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = logRoute(z.object({ index: leafNumber, size: leafNumber }), "immutable", (campaign, { index, size }) => proveInclusion(campaign.id, index, size));
export const OPTIONS = preflightResponse;
