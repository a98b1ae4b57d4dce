// The organisers' area's strings, apart from the public site's (lib/i18n/message-files.ts): public
// pages never load them, and the admin loads only these. Each file holds top-level namespaces
// that start with "admin"; they are merged per locale. A feature that grows its own file (e.g.
// admin-fraud.json) is added here. lib/i18n/messages.test.ts checks that
// every locale has every key and that every message is valid ICU.
export const adminMessageFiles = ["admin", "admin-moderation", "admin-fraud", "admin-settings", "admin-organisers", "admin-audit", "admin-export", "admin-delivery", "admin-crm", "admin-webhooks", "admin-campaigns"] as const;

/**
 * The namespaces client components of the admin area read (useTranslations): the layout hands
 * only these to the browser, not every page's server-side strings, on every render.
 * lib/i18n/admin-client-namespaces.test.ts fails when a client component reads another.
 */
export const adminClientNamespaces = ["adminForm", "adminModeration", "adminOrganisers", "adminRoles", "adminSettings", "adminShell", "adminSignIn", "adminStory", "adminDelivery", "adminCrm", "adminWebhooks", "adminCampaigns"] as const;
