import { getTranslations } from "next-intl/server";

/** Shown in place of the pledge form while organisers have paused signing (admin settings). */
export async function SigningPausedNotice() {
  const t = await getTranslations("campaignStatus");
  return (
    <div role="status" data-testid="signing-paused" className="rounded-lg border-2 border-amber-700 bg-amber-50 p-5">
      <h3 className="text-xl font-bold">{t("signingPausedTitle")}</h3>
      <p className="mt-2">{t("signingPausedBody")}</p>
    </div>
  );
}
