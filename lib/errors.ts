// One error type for everything Cordon expects to go wrong. Its code decides
// the HTTP status (lib/http/problem.ts); its message is shown to the person.
export type ErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "RATE_LIMITED"
  | "UNAVAILABLE";

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { fields?: FieldErrors; retryAfterSeconds?: number; [key: string]: unknown },
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const badRequest = (message: string, fields?: FieldErrors) => new AppError("BAD_REQUEST", message, { fields });
export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = (message = "Your role does not allow this") => new AppError("FORBIDDEN", message);
export const conflict = (message: string) => new AppError("CONFLICT", message);
