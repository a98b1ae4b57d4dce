import { z } from "zod";
import { preflightResponse } from "@/lib/open-data/api-response";
import { leafNumber, logRoute } from "@/lib/transparency/log-route";
import { proveConsistency } from "@/lib/transparency/prove";

// RFC 9162 consistency proof that the tree of ?second leaves extends the one of ?first.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = logRoute(z.object({ first: leafNumber, second: leafNumber }), "immutable", (campaign, { first, second }) => proveConsistency(campaign.id, first, second));
export const OPTIONS = preflightResponse;
