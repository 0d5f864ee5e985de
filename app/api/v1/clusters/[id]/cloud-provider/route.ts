import { removeCloudProvider } from "@/lib/clusters/cloud/remove-cloud-provider";
import { setCloudProvider } from "@/lib/clusters/cloud/set-cloud-provider";
import { ZClusterParams } from "@/lib/clusters/route-params";
import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";

// The cluster's cloud provider for node disk snapshots: set or replace it
// (credentials left out keep the stored ones), or remove it. Admins only;
// the answer is the cluster, which shows the provider without credentials.
export const PUT = route({
  capability: "settings:manage",
  params: ZClusterParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => setCloudProvider(user, actor, params.id, body),
});

export const DELETE = route({ capability: "settings:manage", params: ZClusterParams, handler: ({ actor, params }) => removeCloudProvider(actor, params.id) });
