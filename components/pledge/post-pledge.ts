import type { FormState } from "@/lib/actions/form-state";
import type { PledgeField } from "@/lib/pledges/schema";

// The form's JavaScript path: POST /api/pledges (app/api/pledges/route.ts) and read the form
// state it answers. Whatever goes wrong on the way (offline, a proxy's error page, a refusal
// before the action ran) becomes a form error the supporter can read; nothing is lost silently.

const knownFailures = new Set(["unavailable", "rate_limited", "signing_closed"]);

export async function postPledge(formData: FormData): Promise<FormState<PledgeField>> {
  let response: Response;
  try {
    response = await fetch("/api/pledges", { method: "POST", body: formData, headers: { accept: "application/json" } });
  } catch {
    return failed("unavailable"); // no answer at all: offline, or the server unreachable
  }
  const body: unknown = await response.json().catch(() => null);
  if (isFormState(body)) return body;
  const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
  if (typeof code === "string" && knownFailures.has(code)) return failed(code);
  return failed(response.status === 502 || response.status === 503 || response.status === 504 ? "unavailable" : "unexpected");
}

function failed(formError: string): FormState<PledgeField> {
  return { status: "failed", fieldErrors: {}, formError, values: {} };
}

function isFormState(value: unknown): value is FormState<PledgeField> {
  if (!value || typeof value !== "object") return false;
  const state = value as Partial<FormState<PledgeField>>;
  return ["invalid", "failed", "done"].includes(state.status ?? "") && typeof state.fieldErrors === "object" && typeof state.values === "object";
}
