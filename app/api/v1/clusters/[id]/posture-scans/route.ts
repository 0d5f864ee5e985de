import { route } from "@/lib/http/route";
import { ZClusterParams } from "@/lib/clusters/route-params";
import { requestPostureScan } from "@/lib/readiness/request-posture-scan";

// 202 with the scan, new or already under way.
export const POST = route({
  capability: "readiness:scan",
  params: ZClusterParams,
  status: 202,
  handler: async ({ actor, params }) => ({ scan: (await requestPostureScan(actor, params.id)).scan }),
});
