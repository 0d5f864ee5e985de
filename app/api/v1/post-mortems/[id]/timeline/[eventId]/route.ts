import { ZJsonBody } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { ZEventParams } from "@/lib/incidents/route-params";
import { selectTimelineEvent } from "@/lib/post-mortems/select-timeline-event";

export const PUT = route({
  capability: "incidents:write",
  params: ZEventParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => selectTimelineEvent(user, actor, params.id, params.eventId, body),
});
