import { addTask } from "@/lib/incidents/add-task";
import { getIncident } from "@/lib/incidents/get-incident";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";

export const GET = route({
  capability: "incidents:read",
  params: ZIncidentParams,
  handler: async ({ user, params }) => ({ tasks: (await getIncident(user, params.id)).tasks }),
});

export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  status: 201,
  handler: ({ user, actor, params, body }) => addTask(user, actor, params.id, body),
});
