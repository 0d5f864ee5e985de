import { ZRawQuery } from "@/lib/http/raw-input";
import { route } from "@/lib/http/route";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { listReviewTimeline } from "@/lib/post-mortems/list-review-timeline";

export const GET = route({
  capability: "incidents:read",
  params: ZIncidentParams,
  query: ZRawQuery,
  handler: ({ user, params, query }) => listReviewTimeline(user, params.id, query),
});
