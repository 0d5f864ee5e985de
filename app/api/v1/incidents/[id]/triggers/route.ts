import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { getIncidentDeadlines } from "@/lib/regulatory/get-incident-deadlines";
import { recordTrigger } from "@/lib/regulatory/record-trigger";

export const GET = route({
  capability: "incidents:read",
  params: ZIncidentParams,
  handler: async ({ user, params }) => {
    const { triggers, triggerHistory } = await getIncidentDeadlines(user, params.id);
    return { triggers, history: triggerHistory };
  },
});

export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  status: 201,
  handler: ({ user, actor, params, body }) => recordTrigger(user, actor, params.id, body),
});
