import { route } from "@/lib/http/route";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { applySeverityProposal } from "@/lib/post-mortems/apply-severity-proposal";

export const POST = route({
  capability: "settings:manage",
  params: ZIncidentParams,
  handler: ({ user, actor, params }) => applySeverityProposal(user, actor, params.id),
});
