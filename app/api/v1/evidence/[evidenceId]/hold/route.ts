import { custodyFromRequest } from "@/lib/evidence/custody";
import { ZEvidenceParams } from "@/lib/evidence/route-params";
import { setLegalHold } from "@/lib/evidence/set-legal-hold";
import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";

// Body: { on: boolean, reason: string }.
export const POST = route({
  capability: "incidents:write",
  params: ZEvidenceParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body, request }) => setLegalHold(custodyFromRequest(user, actor, request), params.evidenceId, body),
});
