import { custodyFromRequest } from "@/lib/evidence/custody";
import { getEvidence } from "@/lib/evidence/get-evidence";
import { listEvidence } from "@/lib/evidence/list-evidence";
import { receiveEvidenceUpload } from "@/lib/evidence/upload/receive-evidence-upload";
import { ZRawQuery } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { ZIncidentParams } from "@/lib/incidents/route-params";

export const GET = route({
  capability: "incidents:read",
  params: ZIncidentParams,
  query: ZRawQuery,
  handler: ({ user, params, query }) => listEvidence(user, params.id, query),
});

// multipart/form-data, streamed: no `body` schema, the handler reads the request itself.
export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  status: 201,
  handler: async ({ user, actor, params, request }) => {
    const created = await receiveEvidenceUpload(request, custodyFromRequest(user, actor, request), params.id);
    return getEvidence(user, created.id);
  },
});
