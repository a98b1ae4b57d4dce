"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { checkReceipt, type ReceiptCheck } from "./check-receipt";

// The receipt form of /[locale]/verify. The code stays in the form: it is hashed
// in the browser (check-receipt.ts) and never put in a URL, a request or storage.
export function VerifyReceipt() {
  const t = useTranslations("verify");
  const [checking, setChecking] = useState(false);
  // Until this script runs the button stays disabled: a native submit would put the code in a URL.
  const hydrated = useHydrated();
  const [result, setResult] = useState<ReceiptCheck | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecking(true);
    setResult(null);
    // Read from the form, not from state: text typed before hydration is kept.
    setResult(await checkReceipt(String(new FormData(event.currentTarget).get("code") ?? "")));
    setChecking(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" data-testid="verify-receipt">
      <label htmlFor="receipt-code" className="block font-semibold">
        {t("label")}
      </label>
      <p id="receipt-code-hint" className="text-base text-slate-700">
        {t("hint")}
      </p>
      <input
        id="receipt-code"
        name="code"
        aria-describedby="receipt-code-hint"
        autoComplete="off"
        spellCheck={false}
        className="w-full rounded border-2 border-slate-700 px-3 py-2 font-mono text-base"
      />
      <button type="submit" disabled={checking || !hydrated} className="rounded bg-blue-900 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {checking ? t("checking") : t("button")}
      </button>
      <div role="status" aria-live="polite" className="space-y-2">
        {result ? <ResultText result={result} /> : null}
      </div>
    </form>
  );
}

function ResultText({ result }: { result: ReceiptCheck }) {
  const t = useTranslations("verify");
  switch (result.state) {
    case "included":
      return (
        <>
          <p className="rounded-lg border-2 border-emerald-700 bg-emerald-50 p-4 font-semibold" data-testid="receipt-verified">
            {t("included", { index: result.index, size: result.size, time: result.time, country: result.country })}
          </p>
          <p>{result.signature === "checked" ? t("signatureChecked", { keyId: result.keyId }) : result.signature === "bad" ? t("signatureBad") : t("signatureUnsupported")}</p>
        </>
      );
    case "waitingCheckpoint":
    case "retired":
      return <p>{t(result.state, { index: result.index })}</p>;
    default:
      return <p>{t(result.state)}</p>;
  }
}
