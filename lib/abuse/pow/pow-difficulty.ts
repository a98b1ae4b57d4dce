// Client-safe arithmetic: how much work a network's next challenge costs (ADR 0029).

/** The hardest challenge, as a multiple of POW_MAX_NUMBER: ~0.5 M SHA-256 rounds on average,
 *  which a mid-range phone solves in a few seconds (ALTCHA's own default is 1 M). */
export const POW_CEILING_FACTOR = 32;

/** A campaign's escalation settings (Campaign columns). */
export interface PowEscalation {
  powFreeChallenges: number;
  powWindowSeconds: number;
  powDoublingStep: number;
}

/**
 * The difficulty multiplier for a network's `ordinal`-th challenge in the current window: 1 for
 * the first `powFreeChallenges`, then doubling every `powDoublingStep` more, up to the ceiling.
 * A gathering of thirty on one Wi-Fi pays at most twice the base; a bot's thousandth pledge of the
 * window pays the ceiling, so its cost per pledge is tens of times a person's.
 */
export function difficultyFactor(ordinal: number, settings: PowEscalation): number {
  const beyond = ordinal - settings.powFreeChallenges;
  if (beyond <= 0) return 1;
  const step = Math.max(1, settings.powDoublingStep);
  const doublings = Math.ceil(beyond / step);
  return Math.min(POW_CEILING_FACTOR, 2 ** Math.min(doublings, 30));
}
