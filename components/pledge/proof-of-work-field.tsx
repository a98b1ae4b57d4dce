"use client";

import "altcha/altcha.css";
import type {} from "altcha/types/react";
import type { AltchaWidgetElement } from "altcha/types/generic";
import { useMessages, useTranslations } from "next-intl";
import { useEffect, type RefObject } from "react";
import { startProofOfWork } from "./load-altcha";

// Any of these inside the form counts as starting to fill it in (Safari does not focus a button
// that is clicked, hence the pointer; a key can reach the form before any focus event does).
const STARTING_EVENTS = ["focusin", "pointerdown", "keydown"] as const;

// The proof of work (ALTCHA): it loads and starts by itself when the supporter first touches the
// form and is usually done before they finish typing; the sentence above it says what it does first. Without JavaScript the element stays empty, the form
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
  const strings = useWidgetStrings();

  // The widget's script (30 kB compressed, a long task to evaluate on a phone) loads when the
  // supporter first touches the form, not with the page: most readers never sign, and the page
  // is ready sooner for all of them. The check then starts at once, as it did on that focus.
  useEffect(() => {
    const form = widgetRef.current?.closest("form");
    if (!form) return;
    const start = () => {
      for (const type of STARTING_EVENTS) form.removeEventListener(type, start);
      void startProofOfWork(locale, strings, widgetRef);
    };
    for (const type of STARTING_EVENTS) form.addEventListener(type, start, { passive: true });
    return () => {
      for (const type of STARTING_EVENTS) form.removeEventListener(type, start);
    };
  }, [locale, strings, widgetRef]);

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

/** The widget's own texts (its labels and errors) in the page's language. */
export function useWidgetStrings(): Record<string, string> {
  return (useMessages() as { abuse: { widget: Record<string, string> } }).abuse.widget;
}

/** True once the widget has put a solution into the form (its hidden "altcha" input). */
export function hasProofOfWork(form: HTMLFormElement): boolean {
  const value = new FormData(form).get("altcha");
  return typeof value === "string" && value.length > 0;
}
