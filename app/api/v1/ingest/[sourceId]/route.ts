import { ingestAlerts } from "@/lib/alerts/ingest-alerts";
import { toErrorResponse } from "@/lib/http/error-response";

// Falco (falcosidekick), Alertmanager and generic webhooks post here. No
// session: the source's own bearer token is the proof.
export async function POST(request: Request, context: { params: Promise<{ sourceId: string }> }): Promise<Response> {
  try {
    const { sourceId } = await context.params;
    const stored = await ingestAlerts(sourceId, request);
    return Response.json(stored, { status: 202, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return toErrorResponse(error, request);
  }
}
