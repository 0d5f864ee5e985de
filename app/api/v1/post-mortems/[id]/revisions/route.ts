import { route } from "@/lib/http/route";
import { ZPostMortemParams } from "@/lib/post-mortems/action-items/schemas";
import { listRevisions } from "@/lib/post-mortems/review/list-revisions";
import { startNewRevision } from "@/lib/post-mortems/review/start-new-revision";

export const GET = route({ capability: "incidents:read", params: ZPostMortemParams, handler: ({ user, params }) => listRevisions(user, params.id) });

// A published review is changed only through a new revision (back to DRAFT).
export const POST = route({
  capability: "incidents:write",
  params: ZPostMortemParams,
  status: 201,
  handler: ({ user, actor, params }) => startNewRevision(user, actor, params.id),
});
