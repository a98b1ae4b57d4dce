// Client-only: loads the self-hosted ALTCHA widget on demand. The "external" build carries no
// inline styles and no inline (blob:) workers, so it runs under a strict Content-Security-Policy:
// its CSS is bundled with our own (proof-of-work-field.tsx) and its worker is a file on our origin
// (scripts/copy-altcha-assets.mjs).
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
