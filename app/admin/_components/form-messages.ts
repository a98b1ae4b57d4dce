// Client-safe: what the admin forms say for each error key (field errors from the zod schemas in
// lib/auth/organiser-schemas.ts, form errors from lib/actions/error-code.ts). English only, like
// the rest of the admin area.
export const formMessages: Record<string, string> = {
  emailRequired: "Enter an email address.",
  emailInvalid: "Enter an email address like name@example.org.",
  roleInvalid: "Choose a role.",
  organiserUnknown: "That organiser does not exist.",
  alreadyOrganiser: "That address is already an organiser. Change their role in the list instead.",
  organiserRemoved: "That organiser has been removed. Add them again to give them a role.",
  lastAdmin: "There must always be at least one admin: make someone else an admin first.",
  unauthorized: "Your session has ended. Sign in again.",
  forbidden: "Your role does not allow this.",
  not_found: "That organiser does not exist any more.",
  rate_limited: "Too many attempts. Wait a few minutes and try again.",
  unavailable: "The database cannot be reached right now. Try again in a minute.",
  unexpected: "Something went wrong on our side. Try again; if it keeps failing, tell the team.",
};

export function messageFor(key: string): string {
  return formMessages[key] ?? formMessages.unexpected ?? key;
}
