import { route } from "@/lib/http/route";
import { listClusterNodes } from "@/lib/clusters/read-cluster-inventory";
import { ZClusterParams } from "@/lib/clusters/route-params";

export const GET = route({ capability: "clusters:read", params: ZClusterParams, handler: ({ params }) => listClusterNodes(params.id) });
