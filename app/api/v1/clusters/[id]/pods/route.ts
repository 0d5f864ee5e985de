import { ZRawQuery } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { searchClusterPods } from "@/lib/clusters/read-cluster-inventory";
import { ZClusterParams } from "@/lib/clusters/route-params";

export const GET = route({
  capability: "clusters:read",
  params: ZClusterParams,
  query: ZRawQuery,
  handler: ({ params, query }) => searchClusterPods(params.id, query),
});
