import "server-only";
import { blockedWordsOf, type BlockedWords } from "./settings-schema";

// The campaign's organiser-editable settings as the admin area reads and writes them (one shape
// for the page, the update and the audit entry's before/after).

export interface CampaignSettings {
  goal: number;
  signingOpen: boolean;
  countsFrozen: boolean;
  sensitiveCountries: string[];
  mapThreshold: number;
  blockedWords: BlockedWords;
  anomalyThreshold: number;
  retentionMonths: number;
  /** null: the event screen points to APP_URL's signing page (lib/campaigns/event-signing-url.ts). */
  eventSigningUrl: string | null;
}

export type SettingName = keyof CampaignSettings;

export const campaignSettingsSelect = {
  goal: true,
  signingOpen: true,
  countsFrozen: true,
  countsFrozenAt: true,
  sensitiveCountries: true,
  mapThreshold: true,
  blockedWords: true,
  anomalyThreshold: true,
  retentionMonths: true,
  eventSigningUrl: true,
} as const;

type SettingsRow = Omit<CampaignSettings, "blockedWords"> & { blockedWords: unknown; countsFrozenAt: Date | null };

export function settingsOf(row: SettingsRow): CampaignSettings & { countsFrozenAt: Date | null } {
  return { ...row, sensitiveCountries: [...row.sensitiveCountries].sort(), blockedWords: blockedWordsOf(row.blockedWords) };
}

/** The settings whose value differs, compared by content (lists and word lists included). */
export function changedSettings(current: CampaignSettings, next: Partial<CampaignSettings>): SettingName[] {
  return (Object.keys(next) as SettingName[]).filter(
    (name) => next[name] !== undefined && JSON.stringify(next[name]) !== JSON.stringify(current[name]),
  );
}
