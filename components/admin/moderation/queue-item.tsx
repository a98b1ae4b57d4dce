"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { FormEvent, ReactNode, Ref } from "react";
import { formatAdminDateTime } from "@/lib/i18n/admin-format";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import type { QueueItem } from "@/lib/moderation/list-moderation-queue";
import { REJECT_NOTE_MAX, REJECT_REASONS } from "@/lib/moderation/moderation-schemas";
import { buttonClass } from "@/components/admin/ui/button-class";
import { decisionsFor, seenStateOf } from "./queue-state";

export type QueueRow = QueueItem & { countryName: string };
export interface ItemNotice {
  tone: "done" | "conflict" | "error";
  text: string;
}

const statusStyles: Record<QueueItem["status"], string> = {
  PENDING: "bg-slate-100 text-slate-900 ring-slate-500",
  HELD: "bg-amber-50 text-amber-950 ring-amber-700",
  APPROVED: "bg-emerald-50 text-emerald-950 ring-emerald-700",
  REJECTED: "bg-red-50 text-red-950 ring-red-800",
};

type Translate = ReturnType<typeof useTranslations<"adminModeration">>;

/**
 * The stored rejection text: a reason's code, "code: the moderator's words", or only the words
 * (for "other"). English shows it as stored, as it always has; other languages name the reason.
 */
function storedReasonText(stored: string, t: Translate, locale: Locale): string {
  if (locale === "en") return stored;
  const [code = "", ...rest] = stored.split(": ");
  if (!(REJECT_REASONS as readonly string[]).includes(code)) return stored;
  const label = t(`rejectReasons.${code}`);
  return rest.length ? `${label}: ${rest.join(": ")}` : label;
}

/**
 * One message with its actions. Every action is a plain form posting to the server (so the queue
 * works without JavaScript); with JavaScript, onDecide takes the submission over and the list
 * updates in place.
 */
export function QueueItemCard({ itemRef, ...props }: {
  item: QueueRow;
  position: number;
  selected: boolean;
  checked: boolean;
  notice: ItemNotice | undefined;
  returnTo: string;
  itemRef: Ref<HTMLLIElement>;
  onToggle: (id: string) => void;
  onSelect: () => void;
  onDecide: (id: string, event: FormEvent<HTMLFormElement>) => void;
  /** The no-JavaScript form action (moderateMessageFromForm), from the page. */
  action: (formData: FormData) => Promise<void>;
}) {
  const { item } = props;
  const t = useTranslations("adminModeration");
  const localeName = useLocale();
  const locale: Locale = isLocale(localeName) ? localeName : "en";
  const formatUtc = (iso: string) => formatAdminDateTime(locale, iso);
  const decisions = decisionsFor(item);
  const headingId = `message-${item.id}-heading`;
  const checkboxId = `tick-${item.id}`;
  const who = item.displayName ?? t("anonymous");
  const what = t("item.actionWhat", { position: props.position, who });
  const hidden = (
    <>
      <input type="hidden" name="pledgeId" value={item.id} />
      <input type="hidden" name="seen" value={seenStateOf(item)} />
      <input type="hidden" name="returnTo" value={props.returnTo} />
    </>
  );
  return (
    <li
      ref={itemRef}
      tabIndex={-1}
      aria-labelledby={headingId}
      aria-current={props.selected ? "true" : undefined}
      data-status={item.status}
      onFocus={props.onSelect}
      className={`scroll-mt-48 rounded-lg bg-white p-4 ring-1 outline-none focus-visible:ring-4 ${props.selected ? "ring-4 ring-blue-800" : "ring-slate-300"}`}
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <span className="flex items-center gap-2">
          <input id={checkboxId} type="checkbox" form="bulk-form" name="pledgeIds" value={item.id} checked={props.checked} onChange={() => props.onToggle(item.id)} className="size-5" />
          <label htmlFor={checkboxId} className="text-sm">
            {t("item.tick")}
            <span className="sr-only">{t("item.tickWhat", { position: props.position, who })}</span>
          </label>
        </span>
        <h3 id={headingId} className="font-semibold">
          <span className="sr-only">{t("item.headingPrefix", { position: props.position })}</span>
          {/* <bdi>, as on the public wall: a right-to-left name must not reorder the line. */}
          <bdi>{who}</bdi> · {item.countryName} · {item.language}
        </h3>
        <span className={`rounded px-2 py-0.5 text-sm font-semibold ring-1 ${statusStyles[item.status]}`}>
          {t(`itemStatus.${item.status}`)}
          {item.featured ? t("item.featured") : ""}
        </span>
      </div>
      {item.heldReasons.length > 0 && (
        <p className="mt-2 text-sm font-medium text-amber-950">{t("item.heldBecause", { reasons: item.heldReasons.map((reason) => t(`heldReasons.${reason}`)).join(", ") })}</p>
      )}
      {item.hiddenFromWall && <p className="mt-2 text-sm text-slate-700">{t("item.hiddenFromWall")}</p>}
      {item.pledgeInReview && (
        <p className="mt-2 text-sm font-medium text-amber-950" data-testid="pledge-in-review">
          {t.rich("item.pledgeInReview", { status: item.status, review: (chunks) => <Link href="/admin/review" className="underline">{chunks}</Link> })}
        </p>
      )}
      <blockquote dir="auto" className="mt-3 border-l-4 border-slate-300 pl-3 whitespace-pre-line break-words">{item.text}</blockquote>
      <p className="mt-2 text-sm text-slate-700">
        {t.rich("item.received", { at: formatUtc(item.createdAt), time: (chunks) => <time dateTime={item.createdAt}>{chunks}</time> })}
        {item.moderatedBy &&
          item.moderatedAt &&
          t.rich("item.decidedBy", {
            by: item.moderatedBy === "you" ? t("item.you") : item.moderatedBy,
            at: formatUtc(item.moderatedAt),
            time: (chunks) => <time dateTime={item.moderatedAt ?? undefined}>{chunks}</time>,
          })}
        {item.status === "REJECTED" && item.rejectReason ? t("item.reason", { reason: storedReasonText(item.rejectReason, t, locale) }) : ""}
      </p>
      {props.notice && (
        <p className={`mt-2 rounded-md border-2 p-2 text-sm ${props.notice.tone === "done" ? "border-emerald-700 bg-emerald-50" : "border-red-800 bg-red-50 text-red-950"}`}>{props.notice.text}</p>
      )}
      <div className="mt-3 flex flex-wrap items-start gap-3">
        {decisions.some((decision) => decision !== "reject") && (
          <form action={props.action} onSubmit={(event) => props.onDecide(item.id, event)} className="flex flex-wrap gap-3">
            {hidden}
            {decisions.includes("approve") && (
              <button type="submit" name="decision" value="approve" className={buttonClass("primary")}>
                {t("item.approve")}
                <span className="sr-only">{what}</span>
              </button>
            )}
            {decisions.includes("feature") && (
              <button type="submit" name="decision" value="feature" className={buttonClass("secondary")}>
                {t("item.feature")}
                <span className="sr-only">{what}</span>
              </button>
            )}
            {decisions.includes("unfeature") && (
              <button type="submit" name="decision" value="unfeature" className={buttonClass("secondary")}>
                {t("item.unfeature")}
                <span className="sr-only">{what}</span>
              </button>
            )}
          </form>
        )}
        {decisions.includes("reject") && <RejectForm item={item} position={props.position} what={what} hidden={hidden} onDecide={props.onDecide} action={props.action} />}
      </div>
    </li>
  );
}

/** Reasons as numbered radio buttons inside a disclosure: "r" opens it, a digit picks and rejects. */
function RejectForm(props: { item: QueueRow; position: number; what: string; hidden: ReactNode; onDecide: (id: string, event: FormEvent<HTMLFormElement>) => void; action: (formData: FormData) => Promise<void> }) {
  const { item } = props;
  const t = useTranslations("adminModeration");
  return (
    <details data-reject className="rounded-md ring-1 ring-slate-300">
      <summary className="inline-flex min-h-11 cursor-pointer items-center px-4 py-2 font-semibold">
        {t("item.rejectSummary")} <kbd className="ml-2 text-xs">r</kbd>
        <span className="sr-only">{props.what}</span>
      </summary>
      <form action={props.action} onSubmit={(event) => props.onDecide(item.id, event)} className="space-y-3 p-3">
        {props.hidden}
        <input type="hidden" name="decision" value="reject" />
        <fieldset>
          <legend className="font-semibold">{t("item.rejectLegend")}</legend>
          {REJECT_REASONS.map((reason, index) => (
            <label key={reason} className="mt-1 flex items-center gap-2">
              <input type="radio" name="rejectReason" value={reason} data-digit={index + 1} required className="size-4" />
              <kbd className="text-xs">{index + 1}</kbd> {t(`rejectReasons.${reason}`)}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor={`note-${item.id}`} className="block text-sm font-semibold">
            {t("item.rejectNote")}
          </label>
          <input id={`note-${item.id}`} name="rejectNote" maxLength={REJECT_NOTE_MAX} className="field mt-1" />
        </div>
        <button type="submit" className={buttonClass("danger")}>
          {t("item.rejectSubmit", { position: props.position })}
        </button>
      </form>
    </details>
  );
}
