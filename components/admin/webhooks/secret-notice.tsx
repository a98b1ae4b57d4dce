"use client";

import { useTranslations } from "next-intl";

/**
 * A signing secret, shown once right after it was made. It is announced (role="status") and
 * selectable in one click so it can be copied; nothing else on the page ever shows it again.
 */
export function SecretNotice({ secret, lead }: { secret: string; lead: string }) {
  const t = useTranslations("adminWebhooks");
  return (
    <div role="status" className="mt-4 w-full rounded-md border-2 border-amber-700 bg-amber-50 p-3">
      <p className="font-semibold">{lead}</p>
      <p className="mt-1">{t("secretOnce")}</p>
      <p className="mt-2">
        <span className="font-semibold">{t("secretHeading")}: </span>
        <code data-testid="webhook-secret" className="select-all break-all rounded bg-white px-1 ring-1 ring-slate-300">
          {secret}
        </code>
      </p>
    </div>
  );
}
