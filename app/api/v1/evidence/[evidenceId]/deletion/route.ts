import { custodyFromRequest } from "@/lib/evidence/custody";
import { handleEvidenceDeletion } from "@/lib/evidence/handle-deletion";
import { ZEvidenceParams } from "@/lib/evidence/route-params";
import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";

// Body: { action: "request", reason } | { action: "approve" } | { action: "reject", reason }.
// Administrators only; restricted incidents need a second administrator.
export const POST = route({
  capability: "users:manage",
  params: ZEvidenceParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body, request }) => handleEvidenceDeletion(custodyFromRequest(user, actor, request), params.evidenceId, body),
});
