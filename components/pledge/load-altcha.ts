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
 * The one place the widget is loaded and its check run: when the supporter first touches the
 * form, and again for a submission that must wait. Resolves once the form holds a solution or the
 * check has ended without one. The widget's own "start on focus" listener is attached only once
 * its script has run, after the focus that loaded it, so the first check is started here.
 */
export async function startProofOfWork(locale: string, strings: Record<string, string>, widgetRef: RefObject<AltchaWidgetElement | null>): Promise<void> {
  try {
    await loadAltcha(locale, strings);
    await customElements.whenDefined("altcha-widget");
    const widget = widgetRef.current;
    if (!widget || typeof widget.verify !== "function") return;
    const state = String(widget.getState?.() ?? "");
    if (state === "verified") return;
    // Started by the first touch and still running: wait for it rather than start it again.
    if (state === "verifying") return await whenVerifyingEnds(widget);
    await widget.verify();
  } catch (error) {
    // The form still goes without a solution (held for review), as without JavaScript.
    console.warn("[pow] the anti-bot check could not run", error);
  }
}

/**
 * For a supporter quicker than the check: starts it if nothing has (a submission can come with
 * no touch of the form, e.g. `requestSubmit()` from an assistive tool) and resolves once it has
 * ended, or after `timeoutMs` — a slow phone then sends the form, held for review, rather than
 * keep the supporter waiting.
 */
export function proofOfWorkOrTimeout(locale: string, strings: Record<string, string>, widgetRef: RefObject<AltchaWidgetElement | null>, timeoutMs = 15_000): Promise<void> {
  return Promise.race([startProofOfWork(locale, strings, widgetRef), new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}

function whenVerifyingEnds(widget: AltchaWidgetElement): Promise<void> {
  return new Promise((resolve) => {
    const onStateChange = (event: Event) => {
      if ((event as CustomEvent<{ state?: string }>).detail?.state === "verifying") return;
      widget.removeEventListener("statechange", onStateChange);
      resolve();
    };
    widget.addEventListener("statechange", onStateChange);
    // It may have ended between the caller's look and this listener.
    if (String(widget.getState?.() ?? "") !== "verifying") onStateChange(new CustomEvent("statechange", { detail: { state: widget.getState() } }));
  });
}
