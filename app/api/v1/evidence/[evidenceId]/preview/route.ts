import { custodyFromRequest } from "@/lib/evidence/custody";
import { previewEvidence } from "@/lib/evidence/preview-evidence";
import { ZEvidenceParams } from "@/lib/evidence/route-params";
import { ZRawQuery } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";

export const GET = route({
  capability: "incidents:read",
  params: ZEvidenceParams,
  query: ZRawQuery,
  handler: ({ user, actor, params, query, request }) => previewEvidence(custodyFromRequest(user, actor, request), params.evidenceId, query),
});
