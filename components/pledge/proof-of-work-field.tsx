"use client";

import "altcha/altcha.css";
import type {} from "altcha/types/react";
import type { AltchaWidgetElement } from "altcha/types/generic";
import { useMessages, useTranslations } from "next-intl";
import { useEffect, type RefObject } from "react";
import { loadAltcha } from "./load-altcha";

// The proof of work (ALTCHA): it starts by itself when the supporter focuses the form and is
// usually done before they finish typing; the sentence above it says what it does first. Without JavaScript the element stays empty, the form
// is sent without a solution and the pledge is held for review; a note says so. The note is
// chosen by CSS (`@media (scripting: none)`), not by <noscript> (React leaves its children out of
// the server-rendered HTML) nor by hydration (it would flash and shift the layout).
export const POW_CHALLENGE_URL = "/api/pow/challenge";

/** The challenge for a form: another campaign's form asks for one priced and signed for it (ADR 0054). */
export function powChallengeUrl(campaignSlug?: string): string {
  return campaignSlug ? `${POW_CHALLENGE_URL}?campaign=${encodeURIComponent(campaignSlug)}` : POW_CHALLENGE_URL;
}

export function ProofOfWorkField({ locale, widgetRef, campaignSlug }: { locale: string; widgetRef: RefObject<AltchaWidgetElement | null>; campaignSlug?: string }) {
  const t = useTranslations("abuse");
  const strings = (useMessages() as { abuse: { widget: Record<string, string> } }).abuse.widget;

  useEffect(() => {
    void loadAltcha(locale, strings);
  }, [locale, strings]);

  return (
    <div className="space-y-1">
      {/* Said before the check starts (it starts when the form is first focused), not after. */}
      <p id="pledge-pow-hint" className="text-sm text-slate-700 [@media(scripting:none)]:hidden">
        {t("widgetHint")}
      </p>
      {/* Space reserved for the widget, so the button below does not jump when it appears. */}
      <div className="min-h-[4.5rem] [@media(scripting:none)]:hidden">
        <altcha-widget
          ref={widgetRef}
          challenge={powChallengeUrl(campaignSlug)}
          auto="onfocus"
          name="altcha"
          language={locale}
          configuration={JSON.stringify({ hideFooter: true, hideLogo: true })}
          aria-describedby="pledge-pow-hint"
        />
      </div>
      <p className="rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950 [@media(scripting:enabled)]:hidden">{t("noScript")}</p>
    </div>
  );
}

/** True once the widget has put a solution into the form (its hidden "altcha" input). */
export function hasProofOfWork(form: HTMLFormElement): boolean {
  const value = new FormData(form).get("altcha");
  return typeof value === "string" && value.length > 0;
}
