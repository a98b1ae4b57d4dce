// Client-safe: what a moderator who lost a race is told, built from the message's current state.
export interface HandledState {
  status: "PENDING" | "HELD" | "APPROVED" | "REJECTED" | null;
  featured: boolean;
  by: string | null;
  at: Date | string | null;
}

/** "Already approved by alice@example.org at 10:02 UTC." */
export function describeHandled(state: HandledState): string {
  if (!state.status) return "This message no longer exists (the supporter withdrew their pledge).";
  const what = state.status === "APPROVED" ? (state.featured ? "approved and featured" : "approved") : state.status === "REJECTED" ? "rejected" : "changed";
  if (!state.by || !state.at) return `Already ${what}.`;
  const at = new Date(state.at).toISOString();
  return `Already ${what} by ${state.by} at ${at.slice(11, 16)} UTC (${at.slice(0, 10)}).`;
}
