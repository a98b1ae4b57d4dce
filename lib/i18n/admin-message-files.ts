// The organisers' area's strings, apart from the public site's (lib/i18n/message-files.ts): public
// pages never load them, and the admin loads only these. Each file holds top-level namespaces
// that start with "admin"; they are merged per locale. A feature that grows its own file (e.g.
// admin-fraud.json) is added here. lib/i18n/messages.test.ts checks that
// every locale has every key and that every message is valid ICU.
export const adminMessageFiles = ["admin", "admin-moderation", "admin-fraud", "admin-settings", "admin-organisers", "admin-audit", "admin-export"] as const;
