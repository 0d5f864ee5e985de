import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { listStatusUpdates } from "@/lib/status-updates/list-status-updates";
import { postStatusUpdate } from "@/lib/status-updates/post-status-update";

export const GET = route({ capability: "incidents:read", params: ZIncidentParams, handler: ({ user, params }) => listStatusUpdates(user, params.id) });

export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  status: 201,
  handler: ({ user, actor, params, body }) => postStatusUpdate(user, actor, params.id, body),
});
