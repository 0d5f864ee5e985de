import { correctKeyTime } from "@/lib/incidents/correct-key-time";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";

export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => correctKeyTime(user, actor, params.id, body),
});
