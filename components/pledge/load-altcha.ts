// Client-only: loads the self-hosted ALTCHA widget on demand. The "external" build carries no
// inline styles and no inline (blob:) workers, so it runs under a strict Content-Security-Policy:
// its CSS is bundled with our own (proof-of-work-field.tsx) and its worker is a file on our origin
// (scripts/copy-altcha-assets.mjs).
import type { RefObject } from "react";
import type { AltchaWidgetElement } from "altcha/types/generic";

export const ALTCHA_WORKER_URL = "/vendor/altcha/sha.js";

let loading: Promise<void> | undefined;

export function loadAltcha(locale: string, strings: Record<string, string>): Promise<void> {
  loading ??= import("altcha/external").then(() => {
    globalThis.$altcha.algorithms.set("SHA-256", () => new Worker(ALTCHA_WORKER_URL));
  });
  return loading.then(() => {
    globalThis.$altcha.i18n.set(locale, strings);
  });
}

/**
 * Loads the widget and runs its check, unless a solution is already in the form. The widget's
 * own "start on focus" listener is attached only once its script has run, after the focus that
 * loaded it, so the first check is started here.
 */
export async function startProofOfWork(locale: string, strings: Record<string, string>, widgetRef: RefObject<AltchaWidgetElement | null>): Promise<void> {
  try {
    await loadAltcha(locale, strings);
    await customElements.whenDefined("altcha-widget");
    const widget = widgetRef.current;
    const state = String(widget?.getState?.() ?? "");
    if (widget && typeof widget.verify === "function" && state !== "verified" && state !== "verifying") await widget.verify();
  } catch (error) {
    // The form still goes without a solution (held for review), as without JavaScript.
    console.warn("[pow] the anti-bot check could not run", error);
  }
}

/**
 * Resolves once the widget's element is defined (its script has loaded), or after `timeoutMs`:
 * a supporter who submits before that must wait for the proof of work, not be held for review.
 */
export function whenAltchaDefined(timeoutMs = 15_000): Promise<void> {
  const defined = customElements.whenDefined("altcha-widget").then(() => undefined);
  return Promise.race([defined, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}
