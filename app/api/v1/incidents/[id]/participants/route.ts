import { addParticipant } from "@/lib/incidents/add-participant";
import { removeParticipant } from "@/lib/incidents/remove-participant";
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

export const DELETE = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => removeParticipant(user, actor, params.id, body),
});
