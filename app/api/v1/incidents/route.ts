import { declareIncident } from "@/lib/incidents/declare-incident";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { route } from "@/lib/http/route";
import { ZJsonBody, ZRawQuery } from "@/lib/http/raw-input";

export const GET = route({ capability: "incidents:read", query: ZRawQuery, handler: ({ user, query }) => listIncidents(user, query) });

export const POST = route({
  capability: "incidents:write",
  body: ZJsonBody,
  status: 201,
  handler: ({ user, actor, body }) => declareIncident(user, actor, body),
});
