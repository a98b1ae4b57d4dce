import "server-only";
import { createChallenge, randomInt, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { serverEnv } from "@/lib/env";
import { powSecrets } from "./pow-secrets";

export const POW_ALGORITHM = "SHA-256";
export const POW_CHALLENGE_SECONDS = 10 * 60;
/** How much harder a challenge is for a source the anomaly check flags. */
export const FLAGGED_DIFFICULTY_FACTOR = 10;

/**
 * A signed, expiring ALTCHA challenge (v2, deterministic: the server picks the counter the
 * browser must find, between half the difficulty and the difficulty). Flagged sources get a
 * counter ten times larger: seconds of work per pledge instead of a fraction of one.
 */
export async function createPowChallenge(options: { flagged: boolean; now?: Date }): Promise<Challenge> {
  const maxNumber = serverEnv().POW_MAX_NUMBER * (options.flagged ? FLAGGED_DIFFICULTY_FACTOR : 1);
  const secrets = powSecrets();
  const now = options.now ?? new Date();
  return createChallenge({
    algorithm: POW_ALGORITHM,
    cost: 1,
    counter: randomInt(maxNumber, Math.floor(maxNumber / 2)),
    deriveKey,
    expiresAt: new Date(now.getTime() + POW_CHALLENGE_SECONDS * 1000),
    hmacSignatureSecret: secrets.signature,
    hmacKeySignatureSecret: secrets.keySignature,
  });
}
