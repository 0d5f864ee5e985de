import { route } from "@/lib/http/route";
import { ZIncidentParams } from "@/lib/incidents/route-params";
import { createPostMortem } from "@/lib/post-mortems/create-post-mortem";
import { getPostMortemView } from "@/lib/post-mortems/get-post-mortem-view";

export const GET = route({
  capability: "incidents:read",
  params: ZIncidentParams,
  handler: ({ user, params }) => getPostMortemView(user, params.id),
});

export const POST = route({
  capability: "incidents:write",
  params: ZIncidentParams,
  status: 201,
  handler: ({ user, actor, params }) => createPostMortem(user, actor, params.id),
});
