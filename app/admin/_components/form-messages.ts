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
  sourceRequired: "Give a network hash, an email domain or a country: at least one of them.",
  networkHashInvalid: "A network hash has only letters, digits and + / = _ - (at most 64).",
  emailDomainInvalid: "Enter a domain like example.org.",
  countryInvalid: "Enter a two-letter country code such as DE.",
  timeInvalid: "Enter a date and time like 2026-08-04 10:00.",
  timeOrder: "The end of the window must come after its start.",
  reasonRequired: "Choose a reason.",
  reasonTextRequired: "Say in a few words why, for “Other”.",
  reasonTooLong: "Keep the details under 150 characters.",
  expectedInvalid: "Preview the pledges again before confirming.",
  nothingToInvalidate: "Nothing matches: there is nothing to invalidate.",
  preview_changed: "The matching pledges changed since the preview. Preview again.",
  invalidationUnknown: "That invalidation does not exist.",
  conflict: "Someone else has already done this. Reload to see the current state.",
  pledgeUnknown: "That pledge does not exist.",
  nothingSelected: "Tick at least one pledge first.",
  tooManySelected: "Clear at most 500 pledges at a time.",
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
