import { route } from "@/lib/http/route";
import { getClusterAction } from "@/lib/clusters/get-cluster-action";
import { ZClusterActionParams } from "@/lib/clusters/route-params";

export const GET = route({ capability: "incidents:read", params: ZClusterActionParams, handler: ({ user, params }) => getClusterAction(user, params.id, params.actionId) });
