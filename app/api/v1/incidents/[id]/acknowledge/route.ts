import { acknowledgeIncident } from "@/lib/incidents/acknowledge-incident";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { route } from "@/lib/http/route";

export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  handler: ({ user, actor, params }) => acknowledgeIncident(user, actor, params.id),
});
