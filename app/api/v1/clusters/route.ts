import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { listClusters } from "@/lib/clusters/list-clusters";
import { registerCluster } from "@/lib/clusters/register-cluster";

export const GET = route({ capability: "clusters:read", handler: async () => ({ clusters: await listClusters() }) });

export const POST = route({
  capability: "settings:manage",
  body: ZJsonBody,
  status: 201,
  handler: ({ user, actor, body }) => registerCluster(user, actor, body),
});
