import "server-only";
import { createChallenge, randomInt, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { serverEnv } from "@/lib/env";
import { POW_CEILING_FACTOR } from "./pow-difficulty";
import { powSecrets } from "./pow-secrets";

export const POW_ALGORITHM = "SHA-256";
export const POW_CHALLENGE_SECONDS = 10 * 60;

/**
 * A signed, expiring ALTCHA challenge (v2, deterministic: the server picks the counter the
 * browser must find, between half the difficulty and the difficulty). `factor` multiplies the
 * base difficulty (POW_MAX_NUMBER) for busy or flagged networks (lib/abuse/pow/pow-difficulty.ts).
 * `campaignId` is signed into the challenge (its `data`): the solution counts only for a pledge to
 * that campaign, whose settings priced it (docs/decisions/0054-several-campaigns-one-instance.md).
 */
export async function createPowChallenge(options: { factor?: number; now?: Date; campaignId?: string } = {}): Promise<Challenge> {
  const factor = Math.min(POW_CEILING_FACTOR, Math.max(1, options.factor ?? 1));
  const maxNumber = serverEnv().POW_MAX_NUMBER * factor;
  const secrets = powSecrets();
  const now = options.now ?? new Date();
  return createChallenge({
    algorithm: POW_ALGORITHM,
    cost: 1,
    counter: randomInt(maxNumber, Math.floor(maxNumber / 2)),
    ...(options.campaignId ? { data: { campaign: options.campaignId } } : {}),
    deriveKey,
    expiresAt: new Date(now.getTime() + POW_CHALLENGE_SECONDS * 1000),
    hmacSignatureSecret: secrets.signature,
    hmacKeySignatureSecret: secrets.keySignature,
  });
}
