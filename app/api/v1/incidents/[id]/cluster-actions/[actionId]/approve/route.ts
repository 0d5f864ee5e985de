import { route } from "@/lib/http/route";
import { approveClusterAction } from "@/lib/clusters/approve-cluster-action";
import { ZClusterActionParams } from "@/lib/clusters/route-params";

export const POST = route({
  capability: "incidents:write",
  params: ZClusterActionParams,
  handler: ({ user, actor, params }) => approveClusterAction(user, actor, params.id, params.actionId),
});
