import "server-only";
import { errorCode } from "@/lib/actions/error-code";
import { requireOrganiser } from "@/lib/auth/require-organiser";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { isLocale, routing } from "@/lib/i18n/routing";
import { previewDeliveryPack } from "./preview-delivery-pack";

const PRIVATE = { "Cache-Control": "no-store, private", Vary: "Cookie" };

/**
 * POST /admin/delivery/preview: builds the pack now and hands it over as a download. A POST (from
 * a plain form, so it works without JavaScript), because building takes a snapshot: a write. The
 * route wraps it in sameOriginOnly(), so another site cannot make an organiser build one.
 */
export async function deliveryPreviewResponse(request: Request): Promise<Response> {
  try {
    const actor = await requireOrganiser("ADMIN");
    const field = (await request.formData()).get("locale");
    const locale = typeof field === "string" && isLocale(field) ? field : routing.defaultLocale;
    const pdf = await previewDeliveryPack(actor, (await getAdminCampaign()).id, locale);
    return new Response(new Uint8Array(pdf), {
      headers: { ...PRIVATE, "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="delivery-pack-${locale}.pdf"` },
    });
  } catch (error) {
    const { code, httpStatus } = errorCode(error);
    return new Response(`${code}\n`, { status: httpStatus, headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" } });
  }
}
