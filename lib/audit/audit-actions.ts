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
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** What the audit page shows for an action. */
export const auditActionLabels: Record<AuditAction, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_out": "Signed out",
  "organiser.add": "Added an organiser",
  "organiser.role_change": "Changed a role",
  "organiser.remove": "Removed an organiser",
  "sessions.revoke": "Signed an organiser out everywhere",
  "pledges.invalidate": "Invalidated pledges",
  "pledges.invalidation_undo": "Undid an invalidation",
  "pledges.review_clear": "Cleared held pledges",
  "settings.change": "Changed campaign settings",
  "story.edit": "Edited the campaign story",
  "export.supporters": "Exported supporters (CSV)",
  "message.approve": "Approved a message",
  "message.reject": "Rejected a message",
  "message.feature": "Featured a message",
  "message.unfeature": "Stopped featuring a message",
};
