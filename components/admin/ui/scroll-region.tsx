import type { ReactNode } from "react";

/**
 * A table that may be wider than a phone scrolls sideways inside this box instead of widening the
 * page or breaking long Belarusian and Russian words mid-word. A scrollable box must be reachable
 * by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable) and a focusable one needs a name,
 * hence the region with a label (usually the table's caption).
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800 ${className ?? ""}`}>
      {children}
    </div>
  );
}
