import { pullNewestPlaybook } from "@/lib/playbooks/pull-playbook";
import { ZPullBody } from "@/lib/playbooks/schemas";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { route } from "@/lib/http/route";

// Adds the newest playbook version's missing steps to a running incident, on purpose.
export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZPullBody,
  handler: ({ user, actor, params, body }) => pullNewestPlaybook(user, actor, params.id, body?.expectedVersion),
});
