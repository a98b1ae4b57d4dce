-- Written by hand: data only, no schema change (issue #13, point 3; docs/decisions/0030 and 0031).
-- Runs as one implicit transaction (lib/db/migrations/driver-adapter.ts sends it as one script).

-- 1. Pledges withdrawn before withdrawal erased everything derived from the person: the same
-- values as ERASED_ON_WITHDRAWAL (lib/privacy/erased-fields.ts) and the times to the minute.
-- The tally trigger does not fire: neither the old nor the new row is CONFIRMED.
UPDATE "Pledge" SET
  "nameEncrypted" = NULL, "emailEncrypted" = NULL, "emailHash" = NULL, "consentUpdates" = false,
  "emailDomain" = NULL, "networkHash" = NULL, "networkHashedAt" = NULL,
  "message" = NULL, "messageStatus" = NULL, "messageHeldReason" = NULL, "messageFeatured" = false,
  "messageFingerprint" = NULL, "messageModeratedBy" = NULL, "messageModeratedAt" = NULL, "messageRejectReason" = NULL,
  "country" = 'ZZ', "cityName" = NULL, "cityLatitude" = NULL, "cityLongitude" = NULL, "cityGeonameId" = NULL,
  "displayMode" = 'ANONYMOUS', "publicInSensitiveCountry" = false, "locale" = 'und', "confirmationEmailsSent" = 0,
  "reviewReason" = NULL, "invalidationId" = NULL, "statusBeforeInvalidation" = NULL,
  "createdAt" = date_trunc('minute', "createdAt", 'UTC'),
  "confirmedAt" = date_trunc('minute', "confirmedAt", 'UTC'),
  "withdrawnAt" = date_trunc('minute', "withdrawnAt", 'UTC'),
  "invalidatedAt" = date_trunc('minute', "invalidatedAt", 'UTC'),
  "updatedAt" = date_trunc('minute', "updatedAt", 'UTC')
WHERE "status" = 'WITHDRAWN';

UPDATE "PledgeToken" SET "createdAt" = date_trunc('minute', "createdAt", 'UTC'), "usedAt" = date_trunc('minute', "usedAt", 'UTC')
WHERE "pledgeId" IN (SELECT "id" FROM "Pledge" WHERE "status" = 'WITHDRAWN');

-- 2. The audit log kept moderators' free-text reject notes ("code: words", or only the words for
-- "other"); it now records the code alone (lib/moderation/moderation-schemas.ts, REJECT_REASONS).
-- The log refuses every UPDATE by trigger; this one rewrite is the exception (decision 0030): the
-- trigger is disabled for this statement only, inside this transaction, and enabled again before
-- it commits, so no other session ever sees the log writable.
ALTER TABLE "AuditLogEntry" DISABLE TRIGGER "AuditLogEntry_no_update_or_delete";

UPDATE "AuditLogEntry" SET "details" = jsonb_set("details", '{reason}', to_jsonb(
    CASE WHEN split_part("details"->>'reason', ':', 1) IN ('spam', 'abusive', 'personal_data', 'off_topic', 'unsafe', 'other')
      THEN split_part("details"->>'reason', ':', 1)
      ELSE 'other' END))
WHERE "action" = 'message.reject' AND "details" ? 'reason'
  AND "details"->>'reason' NOT IN ('spam', 'abusive', 'personal_data', 'off_topic', 'unsafe', 'other');

ALTER TABLE "AuditLogEntry" ENABLE TRIGGER "AuditLogEntry_no_update_or_delete";
