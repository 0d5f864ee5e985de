import { addParticipant } from "@/lib/incidents/add-participant";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";

export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  status: 201,
  handler: ({ user, actor, params, body }) => addParticipant(user, actor, params.id, body),
});
