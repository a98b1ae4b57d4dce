import "server-only";
import { publicEnv } from "@/lib/public-env";

// Who runs this deployment, for the privacy notice. Read at request time (publicEnv() is not
// cached), so changing the environment and restarting is enough (no rebuild).

export type Organisation = {
  /** Unset means "use the localised wording for 'the campaign organisers'". */
  name: string | undefined;
  contact: string;
};

export const defaultOrganisationContact = "privacy@example.org";

export function organisation(): Organisation {
  const env = publicEnv();
  return {
    name: env.ORGANISATION_NAME,
    contact: env.ORGANISATION_CONTACT ?? defaultOrganisationContact,
  };
}
