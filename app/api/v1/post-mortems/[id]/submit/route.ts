import { route } from "@/lib/http/route";
import { ZPostMortemParams } from "@/lib/post-mortems/action-items/schemas";
import { submitReview } from "@/lib/post-mortems/review/submit-review";

// DRAFT → IN_REVIEW; the named reviewers are told.
export const POST = route({ capability: "incidents:write", params: ZPostMortemParams, handler: ({ user, actor, params }) => submitReview(user, actor, params.id) });
