import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { ZPostMortemParams } from "@/lib/post-mortems/action-items/schemas";
import { decideReview } from "@/lib/post-mortems/review/decide-review";

// A named reviewer approves or asks for changes ({ decision, comment }).
// Any role that reads incidents may be named; the operation checks that.
export const POST = route({
  capability: "incidents:read",
  params: ZPostMortemParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => decideReview(user, actor, params.id, body),
});
