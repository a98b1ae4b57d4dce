import { supportersCsvResponse } from "@/lib/exports/supporters-csv-response";

// Consenting supporters as CSV, streamed (lib/exports/stream-supporters-csv.ts).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return supportersCsvResponse(request);
}
