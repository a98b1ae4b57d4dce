import type { ReactNode } from "react";

/**
 * What the organiser's last action did, on the page it redirected back to (…?done=<outcome>).
 * A status region: a screen reader announces it without taking the focus away. Renders nothing
 * when there is nothing to say (no outcome in the address, or one the page does not know).
 */
export function OutcomeBanner({ children }: { children?: ReactNode }) {
  if (children === undefined || children === null || children === false || children === "") return null;
  return (
    <div role="status" className="mt-4 rounded-md border-2 border-emerald-700 bg-emerald-50 p-3">
      {children}
    </div>
  );
}
