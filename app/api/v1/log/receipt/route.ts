import { z } from "zod";
import { preflightResponse } from "@/lib/open-data/api-response";
import { logRoute } from "@/lib/transparency/log-route";
import { findLeafByCommitment } from "@/lib/transparency/read-leaves";

// Where a receipt's leaf is: ?commitment=<hex SHA-256 of the receipt secret>. The verify page
// hashes the code in the browser, so the secret itself never reaches the server.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const query = z.object({ commitment: z.string().regex(/^[0-9a-f]{64}$/, "64 lower-case hex digits") });

export const GET = logRoute(query, "private", (campaign, { commitment }) => findLeafByCommitment(campaign.id, Buffer.from(commitment, "hex")));
export const OPTIONS = preflightResponse;
