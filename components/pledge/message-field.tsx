"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { MESSAGE_MAX } from "@/lib/pledges/pledge-limits";
import { FieldError, describedBy } from "./field-error";

/** Optional public message with a live character counter, read with the field rather than announced on every keystroke. */
export function MessageField({ defaultValue, errors }: { defaultValue: string; errors: string[] | undefined }) {
  const t = useTranslations("pledgeForm");
  const [length, setLength] = useState(defaultValue.length);
  const hasError = Boolean(errors?.length);
  return (
    <div>
      <label htmlFor="pledge-message" className="block font-semibold">
        {t("message.label")}
      </label>
      <p id="pledge-message-hint" className="text-sm text-slate-700">
        {t("message.hint", { max: MESSAGE_MAX })}
      </p>
      <textarea
        id="pledge-message"
        name="message"
        rows={3}
        maxLength={MESSAGE_MAX}
        defaultValue={defaultValue}
        onChange={(event) => setLength(event.target.value.length)}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy("pledge-message-hint pledge-message-count", "pledge-message-error", hasError)}
        className="field mt-1"
      />
      <p id="pledge-message-count" className="text-right text-sm text-slate-700 tabular-nums">
        {length} / {MESSAGE_MAX}
      </p>
      <FieldError id="pledge-message-error" keys={errors} />
    </div>
  );
}
