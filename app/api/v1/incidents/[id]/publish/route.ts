import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { publishIncident } from "@/lib/public-status/publish-incident";

export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => publishIncident(user, actor, params.id, body),
});
