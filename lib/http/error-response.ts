import "server-only";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { INTERNAL_PROBLEM, problemFromAppError, problemResponse } from "./problem";
import { mapDatabaseError } from "./map-database-error";

// Expected errors show their message; anything else is logged in full and
// answered generically so internals never reach the client.
export function toErrorResponse(error: unknown, request: Request): Response {
  const known = error instanceof AppError ? error : mapDatabaseError(error);
  if (known) {
    const headers: Record<string, string> = {};
    if (known.details?.retryAfterSeconds) headers["retry-after"] = String(known.details.retryAfterSeconds);
    if (known.code === "UNAUTHENTICATED") headers["www-authenticate"] = 'Bearer realm="cordon"';
    return problemResponse(problemFromAppError(known), headers);
  }
  log.error({ err: error, method: request.method, url: new URL(request.url).pathname }, "unhandled error in route");
  return problemResponse(INTERNAL_PROBLEM);
}
