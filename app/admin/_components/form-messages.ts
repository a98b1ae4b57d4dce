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
  goalInvalid: "Enter the goal as a whole number of pledges, at least 1.",
  countriesInvalid: "Enter two-letter ISO country codes (e.g. BY, RU), separated by commas or spaces.",
  mapThresholdInvalid: "Enter a whole number of at least 3: no map point may stand for fewer people.",
  anomalyThresholdInvalid: "Enter a whole number of confirmations per hour, at least 1.",
  retentionMonthsInvalid: "Enter a whole number of months between 1 and 120.",
  wordsTooMany: "A list can hold at most 500 words or phrases.",
  wordTooLong: "Each blocked word or phrase can be at most 64 characters.",
  switchInvalid: "That switch does not exist.",
  localeInvalid: "Choose one of the site's languages.",
  storyTooLong: "The story can be at most 50,000 characters.",
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
