import { custodyFromRequest } from "@/lib/evidence/custody";
import { ZEvidenceParams } from "@/lib/evidence/route-params";
import { transferEvidence } from "@/lib/evidence/transfer-evidence";
import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";

// Body: { to, method, reason }.
export const POST = route({
  capability: "incidents:write",
  params: ZEvidenceParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body, request }) => transferEvidence(custodyFromRequest(user, actor, request), params.evidenceId, body),
});
