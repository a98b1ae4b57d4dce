"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { ShareGlyph } from "./share-icons";
import type { ShareContent } from "./share-links";

// The system share sheet (mostly phones), offered only where the browser has one. The answer is
// read after hydration, through useSyncExternalStore: the server (and the first client render)
// say "no", so the markup matches and the button appears once JavaScript knows.

const neverChanges = () => () => {};
const browserCanShare = () => typeof navigator.share === "function";
const serverCannotShare = () => false;

export function NativeShareButton({ url, title, text }: ShareContent) {
  const t = useTranslations("share");
  const canShare = useSyncExternalStore(neverChanges, browserCanShare, serverCannotShare);
  if (!canShare) return null;

  async function share() {
    try {
      await navigator.share({ title, text, url });
    } catch {
      // Closing the sheet rejects with AbortError; any other failure leaves the links below,
      // which do the same job, so there is nothing to report.
    }
  }

  return (
    <button type="button" onClick={() => void share()} className="button-primary w-full gap-2 sm:w-auto">
      <ShareGlyph />
      {t("native")}
    </button>
  );
}
