import { custodyFromRequest } from "@/lib/evidence/custody";
import { ZEvidenceParams } from "@/lib/evidence/route-params";
import { verifyEvidence } from "@/lib/evidence/verify-evidence";
import { route } from "@/lib/http/route";

export const POST = route({
  capability: "incidents:write",
  params: ZEvidenceParams,
  handler: ({ user, actor, params, request }) => verifyEvidence(custodyFromRequest(user, actor, request), params.evidenceId),
});
