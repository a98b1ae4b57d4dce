import { AppError } from "@/lib/errors";

/** The backfill was asked for while the CRM is switched off or has no key: nothing was queued. */
export class CrmNotReadyError extends AppError {
  readonly code = "crmNotReady";
  readonly httpStatus = 409;
}
