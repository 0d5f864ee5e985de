import { addNote } from "@/lib/incidents/add-note";
import { listTimeline } from "@/lib/incidents/list-timeline";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { route } from "@/lib/http/route";
import { ZJsonBody, ZRawQuery } from "@/lib/http/raw-input";

export const GET = route({
  capability: "incidents:read",
  params: ZIncidentParams,
  query: ZRawQuery,
  handler: ({ user, params, query }) => listTimeline(user, params.id, query),
});

export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  status: 201,
  handler: ({ user, actor, params, body }) => addNote(user, actor, params.id, body),
});
