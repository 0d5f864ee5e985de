import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { ZClusterParams } from "@/lib/clusters/route-params";
import { attestAuditLogging } from "@/lib/readiness/attest-audit-logging";

export const POST = route({
  capability: "settings:manage",
  params: ZClusterParams,
  body: ZJsonBody,
  status: 201,
  handler: ({ user, actor, params, body }) => attestAuditLogging({ ...actor, id: user.id }, params.id, body),
});
