import type { ReactNode } from "react";
import { SimplePage } from "@/components/layout/simple-page";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The page behind an emailed link (confirm, withdraw): either the button that acts on the link,
 * or the link's outcome, announced as a status. `justDone` highlights the outcome right after
 * the button was pressed.
 */
export function EmailedLinkPage(props: {
  locale: Locale;
  path: string;
  title: string;
  action: ReactNode | null;
  outcome: string;
  justDone: boolean;
  backHome: string;
  /** After the outcome: what to do next (the confirmed page's next steps). */
  after?: ReactNode;
}) {
  return (
    <SimplePage locale={props.locale} path={props.path} title={props.title}>
      {props.action ?? (
        <p role="status" className={props.justDone ? "rounded-lg border-2 border-emerald-700 bg-emerald-50 p-4 font-semibold" : undefined}>
          {props.outcome}
        </p>
      )}
      {props.action ? null : props.after}
      <p>
        <a href={`/${props.locale}`} className="underline">
          {props.backHome}
        </a>
      </p>
    </SimplePage>
  );
}
