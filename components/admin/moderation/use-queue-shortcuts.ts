"use client";

import { useEffect, useRef } from "react";

export interface QueueShortcuts {
  isTyping: (target: EventTarget | null) => boolean;
  next: () => void;
  previous: () => void;
  approve: () => void;
  feature: () => void;
  reject: () => void;
  toggle: () => void;
  help: () => void;
  escape: () => void;
}

/**
 * Single-key shortcuts for the whole page (listed on screen by ShortcutHelp). They never fire
 * while someone types in a field or holds Ctrl/Alt/Meta, so browser and screen-reader keys keep
 * working. Inside an open reject form, digits pick a reason: 1–5 reject at once, 6 ("Other")
 * moves to the text field.
 */
export function useQueueShortcuts(shortcuts: QueueShortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const current = latest.current;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "Escape") return current.escape();
      if (current.isTyping(event.target)) return;
      if (/^[1-9]$/.test(event.key) && pickReason(event.target, Number(event.key))) return event.preventDefault();
      const action = ({ j: current.next, k: current.previous, a: current.approve, f: current.feature, r: current.reject, x: current.toggle, "?": current.help } as Record<string, (() => void) | undefined>)[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}

function pickReason(target: EventTarget | null, digit: number): boolean {
  const form = target instanceof HTMLElement ? target.closest("details[data-reject][open] form") : null;
  const radio = form?.querySelector<HTMLInputElement>(`input[type="radio"][data-digit="${digit}"]`);
  if (!form || !radio) return false;
  radio.checked = true;
  if (radio.value === "other") form.querySelector<HTMLInputElement>('input[name="rejectNote"]')?.focus();
  else (form as HTMLFormElement).requestSubmit();
  return true;
}
