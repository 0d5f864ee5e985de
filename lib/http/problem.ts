import type { AppError, ErrorCode } from "@/lib/errors";

// The one map from error code to HTTP status.
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

const TITLE_BY_STATUS: Record<number, string> = {
  400: "Bad request",
  401: "Sign-in required",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  413: "Payload too large",
  415: "Unsupported media type",
  429: "Too many requests",
  500: "Internal error",
  503: "Service unavailable",
};

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode | "INTERNAL";
  errors?: Record<string, string[]>;
  // Extension members an error carries for the client to act on, e.g. a
  // stale save's conflict with both texts.
  conflict?: unknown;
};

export function problemFromAppError(error: AppError): Problem {
  const status = STATUS_BY_CODE[error.code];
  return {
    type: `https://cordon.dev/problems/${error.code.toLowerCase().replace(/_/g, "-")}`,
    title: TITLE_BY_STATUS[status] ?? "Error",
    status,
    detail: error.message,
    code: error.code,
    ...(error.details?.fields ? { errors: error.details.fields } : {}),
    ...(error.details?.conflict !== undefined ? { conflict: error.details.conflict } : {}),
  };
}

export const INTERNAL_PROBLEM: Problem = {
  type: "about:blank",
  title: TITLE_BY_STATUS[500]!,
  status: 500,
  detail: "Something went wrong on our side. It has been logged; please try again.",
  code: "INTERNAL",
};

export function problemResponse(problem: Problem, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": "application/problem+json", "cache-control": "no-store", ...headers },
  });
}
