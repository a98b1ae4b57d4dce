import { AppError } from "@/lib/errors";

/** A request for a proof or leaves the log cannot answer as asked (out of range, malformed). */
export class LogRequestError extends AppError {
  readonly code = "invalid_parameter";
  readonly httpStatus = 400;
}
