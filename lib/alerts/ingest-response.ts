import "server-only";
import { toErrorResponse } from "@/lib/http/error-response";
import { ingestAlerts } from "./ingest-alerts";

// The ingest endpoint's answer, the same whether the request came through
// Next's route or straight from the front door (lib/front-door/ingest-handoff.ts).
export async function ingestResponse(sourceId: string, request: Request): Promise<Response> {
  try {
    const stored = await ingestAlerts(sourceId, request);
    return Response.json(stored, { status: 202, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return toErrorResponse(error, request);
  }
}
