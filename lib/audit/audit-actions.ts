// Client-safe: every action the audit log records. Names are stable strings (they are stored), so
// add new ones rather than renaming old ones.
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_out",
  "organiser.add",
  "organiser.role_change",
  "organiser.remove",
  "sessions.revoke",
  "pledges.invalidate",
  "pledges.invalidation_undo",
  "pledges.review_clear",
  "settings.change",
  "story.edit",
  "export.supporters",
  "message.approve",
  "message.reject",
  "message.feature",
  "message.unfeature",
  "delivery.recipient_add",
  "delivery.recipient_remove",
  "delivery.schedule",
  "delivery.cancel",
  "delivery.send_now",
  "delivery.build",
  "delivery.send",
  "crm.settings_change",
  "crm.api_key_remove",
  "crm.backfill",
  "crm.removal_confirm",
  "webhook.create",
  "webhook.enable",
  "webhook.disable",
  "webhook.delete",
  "webhook.rotate_secret",
  "webhook.test",
  "campaign.create",
  "organiser.campaign_role",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (AUDIT_ACTIONS as readonly string[]).includes(value);
}
