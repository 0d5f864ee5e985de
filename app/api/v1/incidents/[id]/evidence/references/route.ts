import { custodyFromRequest } from "@/lib/evidence/custody";
import { getEvidence } from "@/lib/evidence/get-evidence";
import { recordEvidenceByReference } from "@/lib/evidence/record-evidence-by-reference";
import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { ZIncidentParams } from "@/lib/incidents/route-params";

// Snapshots that stay with a cloud provider or CSI driver, recorded by reference.
export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  status: 201,
  handler: async ({ user, actor, params, body, request }) => {
    const input = { ...(typeof body === "object" && body !== null ? body : {}), incidentId: params.id };
    const created = await recordEvidenceByReference(input, custodyFromRequest(user, actor, request));
    return getEvidence(user, created.id);
  },
});
