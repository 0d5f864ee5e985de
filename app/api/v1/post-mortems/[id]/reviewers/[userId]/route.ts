import { route } from "@/lib/http/route";
import { removeReviewer } from "@/lib/post-mortems/review/remove-reviewer";
import { ZReviewerParams } from "@/lib/post-mortems/review/schemas";

export const DELETE = route({
  capability: "incidents:write",
  params: ZReviewerParams,
  handler: ({ user, actor, params }) => removeReviewer(user, actor, params.id, params.userId),
});
