import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { waiveReview } from "@/lib/post-mortems/review/waive-review";

// An administrator lets the incident close without a published review ({ reason }).
export const POST = route({
  capability: "users:manage",
  params: ZIncidentParams,
  body: ZJsonBody,
  status: 201,
  handler: ({ user, actor, params, body }) => waiveReview(user, actor, params.id, body),
});
