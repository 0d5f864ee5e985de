import "server-only";
import { AppError, badRequest, notFound } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { parseAlertPayload } from "@/lib/rules/alerts/parse-alert-payload";
import { AlertPayloadError } from "@/lib/rules/alerts/types";
import { findIngestSource } from "./ingest-source-cache";
import { ingestTokenMatches } from "./ingest-token";
import { submitAlerts } from "./store-alert-batch";

export const MAX_INGEST_BYTES = 1024 * 1024;

// POST /api/v1/ingest/{sourceId}: who is sending (the source's bearer token,
// checked before the body is read), is it readable as the source's kind,
// then it is stored, in a transaction it may share with requests arriving
// at the same moment (store-alert-batch.ts). Routing and notifications are
// jobs, so a slow downstream never holds up the sender.
export async function ingestAlerts(sourceId: string, request: Request) {
  const source = await findIngestSource(sourceId);
  if (!source) throw notFound("Alert source");
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  if (!match || !ingestTokenMatches(match[1]!, source.tokenHash)) {
    throw new AppError("UNAUTHENTICATED", "Send this source's ingest token as Authorization: Bearer <token>; it is wrong or was rotated");
  }
  if (!source.enabled) throw new AppError("FORBIDDEN", "This alert source is disabled, so its alerts are refused and nothing was stored; an administrator can enable it again under Settings → Alerts");
  const body = await readJsonBody(request, MAX_INGEST_BYTES);
  let alerts;
  try {
    alerts = parseAlertPayload(source.kind, body, source.mapping);
  } catch (error) {
    if (error instanceof AlertPayloadError) throw badRequest(error.message);
    throw error;
  }
  return submitAlerts({ sourceId: source.id, alerts });
}
