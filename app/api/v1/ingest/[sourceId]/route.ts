import { ingestResponse } from "@/lib/alerts/ingest-response";

// Falco (falcosidekick), Alertmanager and generic webhooks post here. No
// session: the source's own bearer token is the proof. The production
// server's front door usually answers before Next does, with the same code.
export async function POST(request: Request, context: { params: Promise<{ sourceId: string }> }): Promise<Response> {
  const { sourceId } = await context.params;
  return ingestResponse(sourceId, request);
}
