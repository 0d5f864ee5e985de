import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { getCluster } from "@/lib/clusters/get-cluster";
import { ZClusterParams } from "@/lib/clusters/route-params";
import { updateClusterCredentials } from "@/lib/clusters/update-cluster-credentials";

export const GET = route({ capability: "clusters:read", params: ZClusterParams, handler: ({ params }) => getCluster(params.id) });

// Replaces the kubeconfig (expired or rotated credentials).
export const PATCH = route({
  capability: "settings:manage",
  params: ZClusterParams,
  body: ZJsonBody,
  handler: ({ actor, params, body }) => updateClusterCredentials(actor, params.id, body),
});
