// Typed errors thrown by lib/ and mapped to user-facing answers in one place
// (lib/http/error-response.ts for route handlers, lib/actions/form-action.ts for forms).
// Messages here are for logs; users see a localised message chosen by `code`.

export abstract class AppError extends Error {
  abstract readonly code: string;
  abstract readonly httpStatus: number;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  readonly code = "validation";
  readonly httpStatus = 400;
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super("input failed validation");
  }
}

export class NotFoundError extends AppError {
  readonly code = "not_found";
  readonly httpStatus = 404;
}

export class ForbiddenError extends AppError {
  readonly code = "forbidden";
  readonly httpStatus = 403;
}

/** A request body over what the endpoint accepts (a pledge is a few kilobytes). */
export class PayloadTooLargeError extends AppError {
  readonly code = "too_large";
  readonly httpStatus = 413;
}

export class SigningClosedError extends AppError {
  readonly code = "signing_closed";
  readonly httpStatus = 409;
}

export class RateLimitedError extends AppError {
  readonly code = "rate_limited";
  readonly httpStatus = 429;
}

export class ServiceUnavailableError extends AppError {
  readonly code = "unavailable";
  readonly httpStatus = 503;
}

/** A ciphertext could not be authenticated: wrong key, wrong field or tampered data. */
export class DecryptionError extends Error {
  constructor(reason: string) {
    super(`decryption failed: ${reason}`);
    this.name = "DecryptionError";
  }
}

/** Nobody is signed in (or the session ended): the caller must sign in first. */
export class UnauthorizedError extends AppError {
  readonly code = "unauthorized";
  readonly httpStatus = 401;
}

/** The state changed under the caller (e.g. someone else acted first): nothing was done. */
export class ConflictError extends AppError {
  readonly code = "conflict";
  readonly httpStatus = 409;
}

/** A bulk invalidation's pledges are no longer the set the organiser previewed: nothing changed. */
export class PreviewChangedError extends AppError {
  readonly code = "preview_changed";
  readonly httpStatus = 409;
  constructor(
    readonly expected: number,
    readonly current: number,
  ) {
    super(`previewed ${expected} pledges, ${current} match now`);
  }
}
