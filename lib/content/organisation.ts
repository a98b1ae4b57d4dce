import "server-only";

// Who runs this deployment, for the privacy notice. Read at request time, so changing the
// environment and restarting is enough (no rebuild). To move into lib/env.ts with the rest of
// the configuration.

export type Organisation = {
  /** Unset means "use the localised wording for 'the campaign organisers'". */
  name: string | undefined;
  contact: string;
};

export const defaultOrganisationContact = "privacy@example.org";

export function organisation(): Organisation {
  return {
    name: nonEmpty(process.env.ORGANISATION_NAME),
    contact: nonEmpty(process.env.ORGANISATION_CONTACT) ?? defaultOrganisationContact,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
