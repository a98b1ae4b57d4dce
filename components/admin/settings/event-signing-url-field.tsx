"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { normaliseEventSigningUrl, shortSigningUrl } from "@/lib/campaigns/event-signing-url";
import { LabelledField } from "@/components/admin/ui/labelled-field";

/**
 * The event screen's signing address, with a preview of the short URL the screen will show under
 * its QR code (updated as the organiser types; without JavaScript it shows the saved value's).
 * `defaultShort` is what an empty setting shows: this site's signing page.
 */
export function EventSigningUrlField({ defaultValue, defaultShort, errors }: { defaultValue: string; defaultShort: string; errors: string[] | undefined }) {
  const t = useTranslations("adminSettings.form");
  const [text, setText] = useState(defaultValue);
  const url = text.trim() ? normaliseEventSigningUrl(text.trim()) : null;
  const shown = text.trim() ? (url ? shortSigningUrl(url) : null) : defaultShort;
  return (
    // Typing bubbles up from the input inside; the field itself stays the shared, uncontrolled one.
    <div onInput={(event) => setText((event.target as HTMLInputElement).value)}>
      <LabelledField
        id="eventSigningUrl"
        name="eventSigningUrl"
        label={t("eventSigningUrl")}
        hint={t("eventSigningUrlHint", { example: defaultShort })}
        defaultValue={defaultValue}
        errors={errors}
      />
      <p className="mt-1 text-sm text-slate-700" data-testid="event-signing-url-preview">
        {shown ? t.rich("eventSigningUrlShown", { url: shown, strong: (chunks) => <strong className="break-all">{chunks}</strong> }) : t("eventSigningUrlNotYet")}
      </p>
    </div>
  );
}
