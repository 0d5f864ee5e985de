import { ZIncidentParams } from "@/lib/incidents/route-params";
import { transitionIncident } from "@/lib/incidents/transition-incident";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";

export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => transitionIncident(user, actor, params.id, body),
});
