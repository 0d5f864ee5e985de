import { getEvidence } from "@/lib/evidence/get-evidence";
import { ZEvidenceParams } from "@/lib/evidence/route-params";
import { route } from "@/lib/http/route";

export const GET = route({
  capability: "incidents:read",
  params: ZEvidenceParams,
  handler: ({ user, params }) => getEvidence(user, params.evidenceId),
});
