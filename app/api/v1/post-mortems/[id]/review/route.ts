import { route } from "@/lib/http/route";
import { ZPostMortemParams } from "@/lib/post-mortems/action-items/schemas";
import { getReview } from "@/lib/post-mortems/review/get-review";

// Reviewers, their decisions on the revision under review, and whether it can be published.
export const GET = route({ capability: "incidents:read", params: ZPostMortemParams, handler: ({ user, params }) => getReview(user, params.id) });
