import "server-only";
import { verifySolution, type Challenge, type Solution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { POW_ALGORITHM } from "./create-pow-challenge";
import { powSecrets } from "./pow-secrets";

/** The form field the widget fills with its solution (base64 of {challenge, solution}). */
export const POW_FIELD = "altcha";

export type PowCheck =
  | { status: "missing" }
  | { status: "invalid" }
  /** `campaignId`: the campaign the challenge was issued for (signed), null if it names none. */
  | { status: "solved"; signature: string; expiresAt: Date; campaignId: string | null };

/**
 * Checks a submitted proof of work: signed by us, not expired, solved. It does not spend it —
 * that happens in the transaction that stores the pledge (lib/abuse/pow/spend-pow-challenge.ts),
 * so a pledge that fails to save (database down) can be sent again with the same solution.
 */
export async function checkPowPayload(value: FormDataEntryValue | null): Promise<PowCheck> {
  if (typeof value !== "string" || value.trim() === "") return { status: "missing" };
  const payload = decode(value);
  if (!payload || payload.challenge.parameters.algorithm !== POW_ALGORITHM || !payload.challenge.signature) return { status: "invalid" };
  try {
    const secrets = powSecrets();
    const result = await verifySolution({
      challenge: payload.challenge,
      solution: payload.solution,
      deriveKey,
      hmacSignatureSecret: secrets.signature,
      hmacKeySignatureSecret: secrets.keySignature,
    });
    if (!result.verified || !payload.challenge.parameters.expiresAt) return { status: "invalid" };
    const campaign = payload.challenge.parameters.data?.campaign;
    return {
      status: "solved",
      signature: payload.challenge.signature,
      expiresAt: new Date(payload.challenge.parameters.expiresAt * 1000),
      campaignId: typeof campaign === "string" ? campaign : null,
    };
  } catch {
    // Malformed numbers or hex in a forged payload: no proof of work, not a server error.
    return { status: "invalid" };
  }
}

function decode(value: string): { challenge: Challenge; solution: Solution } | null {
  if (value.length > 4000) return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64").toString("utf8")) as unknown;
    if (!parsed || typeof parsed !== "object") return null;
    const { challenge, solution } = parsed as { challenge?: Challenge; solution?: Solution };
    if (!challenge?.parameters || typeof challenge.parameters !== "object" || !solution || typeof solution !== "object") return null;
    return { challenge, solution };
  } catch {
    return null;
  }
}
