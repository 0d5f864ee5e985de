import { getIncident } from "@/lib/incidents/get-incident";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { updateIncident } from "@/lib/incidents/update-incident";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";

export const GET = route({ capability: "incidents:read", params: ZIncidentParams, handler: ({ user, params }) => getIncident(user, params.id) });

export const PATCH = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => updateIncident(user, actor, params.id, body),
});
