import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { ZPostMortemParams } from "@/lib/post-mortems/action-items/schemas";
import { addReviewer } from "@/lib/post-mortems/review/add-reviewer";

export const POST = route({
  capability: "incidents:write",
  params: ZPostMortemParams,
  body: ZJsonBody,
  status: 201,
  handler: ({ user, actor, params, body }) => addReviewer(user, actor, params.id, body),
});
