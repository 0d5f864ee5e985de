import { getIncidentPlaybook } from "@/lib/playbooks/get-incident-playbook";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { route } from "@/lib/http/route";

export const GET = route({
  capability: "incidents:read",
  params: ZIncidentParams,
  handler: ({ user, params }) => getIncidentPlaybook(user, params.id),
});
