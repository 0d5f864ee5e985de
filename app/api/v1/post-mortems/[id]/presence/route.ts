import { route } from "@/lib/http/route";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { publishPresence } from "@/lib/post-mortems/publish-presence";
import { ZPresenceInput } from "@/lib/post-mortems/schemas";

export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  body: ZPresenceInput,
  handler: ({ user, params, body }) => publishPresence(user, params.id, body.sectionKey),
});
