"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { describeHandled } from "@/lib/moderation/message-handled";
import { decodeOutcome } from "@/lib/moderation/moderation-outcome";
import type { ModerationDecision } from "@/lib/moderation/moderation-schemas";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ModerationActions } from "./moderation-actions";
import { BulkBar } from "./bulk-bar";
import { useModerationTexts } from "./moderation-messages";
import { QueueItemCard, type ItemNotice, type QueueRow } from "./queue-item";
import { decidedLocally, decisionsFor, isTyping, isWaiting, nextSelection } from "./queue-state";
import { ShortcutHelp } from "./shortcut-help";
import { useQueueShortcuts } from "./use-queue-shortcuts";

const firstError = (state: FormState<string>) => state.formError ?? Object.values(state.fieldErrors).flat()[0] ?? "unexpected";

/**
 * The queue as the moderator works it: j/k move, a/f/r act, x ticks, ? explains. Each decision
 * changes the list at once and moves to the next waiting message; the server's answer confirms it
 * or puts the message back with the reason (e.g. someone else was quicker).
 */
export function ModerationQueue({ items: initial, returnTo, actions }: { items: QueueRow[]; returnTo: string; actions: ModerationActions }) {
  const router = useRouter();
  const texts = useModerationTexts();
  const { t } = texts;
  const hydrated = useHydrated();
  const [items, setItems] = useState(initial);
  const [selected, setSelected] = useState(0);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [notices, setNotices] = useState<Record<string, ItemNotice>>({});
  const [announcement, setAnnouncement] = useState("");
  const [helpOpen, setHelpOpen] = useState(false);
  const itemRefs = useRef<(HTMLLIElement | null)[]>([]);
  const moreRef = useRef<HTMLButtonElement>(null);
  // What to focus once React has drawn the change: the selected message, or "load the next
  // ones" (which only exists after the render in which the last waiting message was decided).
  const focusNext = useRef<false | "item" | "more">(false);

  // A refresh (after a bulk action, or "load more") brings a new list from the server: start over
  // with it (React's pattern for resetting state when a prop changes, without an effect).
  const [source, setSource] = useState(initial);
  if (source !== initial) {
    setSource(initial);
    setItems(initial);
    setChecked(new Set());
    setNotices({});
    setSelected(0);
  }

  useEffect(() => {
    if (!focusNext.current) return;
    const target = focusNext.current === "more" ? moreRef.current : itemRefs.current[selected];
    focusNext.current = false;
    target?.focus();
    target?.scrollIntoView?.({ block: "nearest" });
  }, [selected, items]);

  const select = (index: number) => {
    focusNext.current = "item";
    setSelected(Math.max(0, Math.min(index, items.length - 1)));
  };

  const notify = (id: string, notice: ItemNotice) => {
    setNotices((current) => ({ ...current, [id]: notice }));
    setAnnouncement(notice.text);
  };

  async function decide(id: string, formData: FormData) {
    const index = items.findIndex((item) => item.id === id);
    const before = items[index];
    const decision = formData.get("decision") as ModerationDecision;
    if (!before || !decisionsFor(before).includes(decision)) return;
    const reason = formData.get("rejectReason");
    const after = decidedLocally(before, decision, typeof reason === "string" ? reason : null);
    const optimistic = items.map((item) => (item.id === id ? after : item));
    setItems((current) => current.map((item) => (item.id === id ? after : item)));
    const next = nextSelection(optimistic, index);
    if (optimistic.every((item) => !isWaiting(item))) focusNext.current = "more";
    else select(next);

    const state = await actions.moderateMessageAction(initialFormState(), formData);
    const outcome = decodeOutcome(state.outcome);
    const putBack = (changes: Partial<QueueRow>) => setItems((current) => current.map((item) => (item.id === id ? { ...before, ...changes } : item)));
    if (outcome?.kind === "applied") notify(id, { tone: "done", text: t("itemDone", { done: t(`done.${decision}`), who: before.displayName ?? t("anonymous") }) });
    else if (outcome?.kind === "handled") {
      const { handled } = outcome;
      putBack(handled.status ? { status: handled.status, featured: handled.featured, moderatedBy: handled.by, moderatedAt: handled.at ? new Date(handled.at).toISOString() : null } : {});
      notify(id, { tone: "conflict", text: describeHandled(handled, texts.handled, texts.locale) });
    } else {
      putBack({});
      notify(id, { tone: "error", text: texts.errorFor(firstError(state)) });
    }
  }

  function onDecide(id: string, event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void decide(id, new FormData(event.currentTarget, submitter));
  }

  /** The selected item's form for `decision`, submitted as if its button were pressed. */
  function act(decision: "approve" | "feature") {
    const li = itemRefs.current[selected];
    const item = items[selected];
    if (!li || !item) return;
    const wanted = decision === "feature" && item.featured ? "unfeature" : decision;
    const button = li.querySelector<HTMLButtonElement>(`button[name="decision"][value="${wanted}"]`);
    if (button) button.form?.requestSubmit(button);
  }

  function openReject() {
    const details = itemRefs.current[selected]?.querySelector<HTMLDetailsElement>("details[data-reject]");
    if (!details) return;
    details.open = true;
    details.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }

  async function bulk(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    const state = await actions.bulkModerateAction(initialFormState(), formData);
    const outcome = decodeOutcome(state.outcome);
    if (outcome?.kind === "bulk") {
      setAnnouncement(t("bulkDone", { decision: formData.get("decision") === "reject" ? "reject" : "approve", applied: outcome.applied, skipped: outcome.alreadyHandled }));
      router.refresh();
    } else setAnnouncement(texts.errorFor(firstError(state)));
  }

  useQueueShortcuts({
    isTyping,
    next: () => select(selected + 1 >= items.length ? selected : selected + 1),
    previous: () => select(selected - 1),
    approve: () => act("approve"),
    feature: () => act("feature"),
    reject: openReject,
    toggle: () => items[selected] && toggle(items[selected].id),
    help: () => setHelpOpen((open) => !open),
    escape: () => {
      setHelpOpen(false);
      const details = itemRefs.current[selected]?.querySelector<HTMLDetailsElement>("details[data-reject]");
      if (details?.open) details.open = false;
      select(selected);
    },
  });

  function toggle(id: string) {
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  const waiting = items.filter(isWaiting).length;
  return (
    <>
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <BulkBar count={checked.size} returnTo={returnTo} onSubmit={bulk} action={actions.bulkModerateFromForm} />
      <ul className="mt-4 space-y-4" aria-label={t("messagesLabel")} data-shortcuts={hydrated ? "on" : undefined}>
        {items.map((item, index) => (
          <QueueItemCard
            key={item.id}
            item={item}
            position={index + 1}
            selected={index === selected}
            checked={checked.has(item.id)}
            notice={notices[item.id]}
            returnTo={returnTo}
            itemRef={(element) => {
              itemRefs.current[index] = element;
            }}
            onToggle={toggle}
            onSelect={() => setSelected(index)}
            onDecide={onDecide}
            action={actions.moderateMessageFromForm}
          />
        ))}
      </ul>
      {items.length > 0 && waiting === 0 && (
        <p className="mt-6">
          <button ref={moreRef} type="button" onClick={() => router.refresh()} className="button-primary">
            {t("loadMore")}
          </button>
        </p>
      )}
    </>
  );
}
