import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { listClusterActions } from "@/lib/clusters/list-cluster-actions";
import { requestClusterAction } from "@/lib/clusters/request-cluster-action";
import { ZIncidentParams } from "@/lib/incidents/route-params";

export const GET = route({ capability: "incidents:read", params: ZIncidentParams, handler: ({ user, params }) => listClusterActions(user, params.id) });

export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  status: 201,
  handler: ({ user, actor, params, body }) => requestClusterAction(user, actor, params.id, body),
});
