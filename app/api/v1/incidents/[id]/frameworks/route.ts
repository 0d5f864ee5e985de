import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { decideFramework } from "@/lib/regulatory/decide-framework";
import { getIncidentDeadlines } from "@/lib/regulatory/get-incident-deadlines";

export const GET = route({
  capability: "incidents:read",
  params: ZIncidentParams,
  handler: async ({ user, params }) => {
    const { frameworks, catalogChanged } = await getIncidentDeadlines(user, params.id);
    return { frameworks, catalogChanged };
  },
});

export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => decideFramework(user, actor, params.id, body),
});
