import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { rejectClusterAction } from "@/lib/clusters/reject-cluster-action";
import { ZClusterActionParams } from "@/lib/clusters/route-params";
import type { TRejectActionInput } from "@/lib/clusters/schemas";

export const POST = route({
  capability: "incidents:write",
  params: ZClusterActionParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => rejectClusterAction(user, actor, params.id, params.actionId, body as TRejectActionInput),
});
