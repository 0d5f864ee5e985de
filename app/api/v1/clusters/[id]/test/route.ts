import { route } from "@/lib/http/route";
import { ZClusterParams } from "@/lib/clusters/route-params";
import { testClusterAgain } from "@/lib/clusters/test-cluster-again";

export const POST = route({ capability: "settings:manage", params: ZClusterParams, handler: ({ actor, params }) => testClusterAgain(actor, params.id) });
