import { z } from "zod";

// Client-safe: the CRM form and the server parse with the same schema. Error messages are keys
// of the "adminForm" namespace (messages/<locale>/admin.json).

export const MAX_CRM_TAGS = 20;
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The OSDI API's base address: https, or http to this machine (a local test server; the save
 * operation refuses it in production). No user or password in it (the key travels in its own
 * header), no query or fragment (the helper's path is appended).
 */
export function isCrmEndpointUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  return url.protocol === "https:" || (url.protocol === "http:" && isLoopbackUrl(url));
}

export function isLoopbackUrl(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname);
}

/** Tags as the organiser types them: one per line or separated by commas; blanks and repeats dropped. */
export function parseCrmTags(text: string): string[] {
  return [...new Set(text.split(/[\n,]/).map((tag) => tag.trim()).filter(Boolean))];
}

export const crmSettingsSchema = z.object({
  endpointUrl: z
    .string()
    .trim()
    .max(500, "crmUrlInvalid")
    .refine(isCrmEndpointUrl, "crmUrlInvalid")
    // One form of each address: no trailing slash (the helper's "/people/" is appended).
    .transform((value) => value.replace(/\/+$/, "")),
  tags: z
    .string()
    .max(5000, "crmTagsInvalid")
    .default("")
    .transform(parseCrmTags)
    .refine((tags) => tags.length <= MAX_CRM_TAGS && tags.every((tag) => tag.length <= 100), "crmTagsInvalid"),
  /** Empty: keep the key that is set. A key is printable ASCII without spaces (Action Network's are hex). */
  apiKey: z
    .string()
    .trim()
    .max(500, "crmApiKeyInvalid")
    .regex(/^[\x21-\x7e]*$/, "crmApiKeyInvalid")
    .default("")
    .transform((value) => value || undefined),
  /** A checkbox: present ("on") when ticked. */
  enabled: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});

export type CrmSettingsInput = z.input<typeof crmSettingsSchema>;
export type CrmSettings = z.output<typeof crmSettingsSchema>;
export type CrmSettingsField = keyof CrmSettingsInput;

export const confirmRemovalSchema = z.object({ pledgeId: z.uuid("not_found") });
