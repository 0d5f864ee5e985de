import "server-only";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { INTERNAL_PROBLEM, problemFromAppError, problemResponse } from "./problem";
import { mapDatabaseError } from "./map-database-error";

// The conventional status for "the client closed the connection first".
const CLIENT_CLOSED_REQUEST = 499;

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
  const where = { method: request.method, url: new URL(request.url).pathname };
  // A client that hung up mid-request (closed tab, cancelled upload) is not
  // a fault of Cordon's: note it, and answer no one.
  if (request.signal.aborted) {
    log.info(where, "client went away before the answer");
    return new Response(null, { status: CLIENT_CLOSED_REQUEST });
  }
  log.error({ err: error, ...where }, "unhandled error in route");
  return problemResponse(INTERNAL_PROBLEM);
}
