"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

// The page address in a read-only field: without JavaScript a person selects and copies it by
// hand. With JavaScript a button copies it; where the clipboard API is missing or refused (old
// browsers, plain http, permissions) the field is selected and the person told how to copy it.
// The outcome is announced through a status region that exists from the start, because screen
// readers announce changes to a live region, not regions that appear already filled.

const SHOWN_MS = 4000;
const FADE_MS = 500; // matches duration-500; with reduced motion the fade is instant (globals.css)

type Status = { message: string; done: boolean; fading: boolean } | null;

export function CopyLinkField({ url }: { url: string }) {
  const t = useTranslations("share");
  const hydrated = useHydrated();
  const inputRef = useRef<HTMLInputElement>(null);
  // A page can hold two share blocks (the thank-you after signing, and the page's own).
  const fieldId = useId();
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    const pending = timers;
    return () => pending.current.forEach(clearTimeout);
  }, []);

  function clearTimers() {
    timers.current.forEach(clearTimeout);
    timers.current = [];
  }

  async function copy() {
    clearTimers();
    setStatus(null); // an empty region first, so a second "Link copied" is announced again
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // navigator.clipboard is undefined outside secure contexts, which lands here too.
      inputRef.current?.focus();
      inputRef.current?.select();
      setStatus({ message: t("copySelected"), done: false, fading: false });
      return;
    }
    setStatus({ message: t("copied"), done: true, fading: false });
    timers.current = [
      setTimeout(() => setStatus((current) => current && { ...current, fading: true }), SHOWN_MS),
      setTimeout(() => setStatus(null), SHOWN_MS + FADE_MS),
    ];
  }

  return (
    <div>
      <label htmlFor={fieldId} className="block font-semibold">
        {t("linkLabel")}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          ref={inputRef}
          id={fieldId}
          type="url"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="field min-h-11 min-w-0 flex-1 text-slate-900"
        />
        {hydrated && (
          <button type="button" onClick={() => void copy()} className="button-primary shrink-0">
            {t("copy")}
          </button>
        )}
      </div>
      {/* A polite live region without the status role: the page's own status (e.g. "your pledge is
          confirmed") stays the one status landmark beside these share links. */}
      <p
        aria-live="polite"
        data-testid="copy-link-feedback"
        className={`mt-2 min-h-6 font-medium transition-opacity duration-500 motion-reduce:transition-none ${status?.done ? "text-emerald-800" : "text-slate-900"} ${status?.fading ? "opacity-0" : "opacity-100"}`}
      >
        {status?.message}
      </p>
    </div>
  );
}
