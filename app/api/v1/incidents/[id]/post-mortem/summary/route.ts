import { route } from "@/lib/http/route";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { getPostMortemSummary } from "@/lib/post-mortems/get-post-mortem-view";

export const GET = route({
  capability: "incidents:read",
  params: ZIncidentParams,
  handler: ({ user, params }) => getPostMortemSummary(user, params.id),
});
