"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const INTERVAL_MS = 10_000;

/**
 * Keeps the dashboard's numbers fresh without a reload: the server components render again every
 * 10 s (router.refresh keeps scroll, focus and open <details>), only while the tab is visible.
 * Polling, not the public live stream: pending, withdrawn and waiting messages change without
 * any public tally event. Without JavaScript the page's refresh link does the same by hand.
 */
export function LiveRefresh() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, INTERVAL_MS);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
