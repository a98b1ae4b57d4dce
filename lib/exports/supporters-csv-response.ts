import "server-only";
import { errorCode } from "@/lib/actions/error-code";
import { requireOrganiser } from "@/lib/auth/require-organiser";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { requireSameOriginNavigation } from "@/lib/security/require-same-origin";
import { streamSupportersCsv } from "./stream-supporters-csv";

// Personal data: never stored by a browser cache or a proxy.
const PRIVATE = { "Cache-Control": "no-store, private", Vary: "Cookie" };

/**
 * GET /admin/export/supporters.csv: refuses other sites (a link elsewhere must not make an
 * organiser's browser download supporters' data), then checks the role itself (MODERATOR+).
 */
export async function supportersCsvResponse(request: Request): Promise<Response> {
  try {
    requireSameOriginNavigation(request);
    const actor = await requireOrganiser("MODERATOR");
    const campaign = await getAdminCampaign();
    const { body } = await streamSupportersCsv(actor, campaign.id);
    const filename = `supporters-${campaign.slug.replace(/[^a-z0-9-]/gi, "-")}-${new Date().toISOString().slice(0, 10)}.csv`;
    return new Response(body, {
      headers: { ...PRIVATE, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"` },
    });
  } catch (error) {
    const { code, httpStatus } = errorCode(error);
    return new Response(`${code}\n`, { status: httpStatus, headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" } });
  }
}
