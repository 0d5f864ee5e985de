import { assignRole } from "@/lib/incidents/assign-role";
import { getIncident } from "@/lib/incidents/get-incident";
import { releaseRole } from "@/lib/incidents/release-role";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";

export const GET = route({
  capability: "incidents:read",
  params: ZIncidentParams,
  handler: async ({ user, params }) => {
    const incident = await getIncident(user, params.id);
    return { roles: incident.roles, missingRoles: incident.missingRoles };
  },
});

// Assigning LEAD when the incident has one hands it over.
export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  status: 201,
  handler: ({ user, actor, params, body }) => assignRole(user, actor, params.id, body),
});

export const DELETE = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => releaseRole(user, actor, params.id, body),
});
