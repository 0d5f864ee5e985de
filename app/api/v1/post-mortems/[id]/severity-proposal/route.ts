import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { proposeSeverityChange } from "@/lib/post-mortems/propose-severity-change";

export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => proposeSeverityChange(user, actor, params.id, body),
});
