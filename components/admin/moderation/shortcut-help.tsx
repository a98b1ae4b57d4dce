"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { buttonClass } from "@/components/admin/ui/button-class";
import { SHORTCUTS } from "./shortcut-list";


/** The full list of shortcuts, opened with "?" (the short list is always on the page). */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations("adminModeration.shortcuts");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) ref.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div ref={ref} tabIndex={-1} role="region" aria-labelledby="shortcut-help-heading" className="mt-4 rounded-lg border-2 border-blue-800 bg-blue-50 p-4">
      <h2 id="shortcut-help-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {SHORTCUTS.map(([keys, meaning]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd className="font-semibold">{keys}</kbd>
            </dt>
            <dd>{t(meaning)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm">{t("whileTyping")}</p>
      <button type="button" onClick={onClose} className={`${buttonClass("secondary")} mt-3`}>
        {t("close")}
      </button>
    </div>
  );
}
