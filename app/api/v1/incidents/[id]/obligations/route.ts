import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { applyFramework } from "@/lib/regulatory/apply-framework";
import { getIncidentDeadlines } from "@/lib/regulatory/get-incident-deadlines";

// GET returns the obligations with the frameworks and triggers they come
// from, so one request fills the war room's Deadlines panel.
export const GET = route({
  capability: "incidents:read",
  params: ZIncidentParams,
  handler: ({ user, params }) => getIncidentDeadlines(user, params.id),
});

export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => applyFramework(user, actor, params.id, body),
});
