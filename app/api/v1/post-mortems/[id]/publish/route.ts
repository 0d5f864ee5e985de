import { route } from "@/lib/http/route";
import { ZPostMortemParams } from "@/lib/post-mortems/action-items/schemas";
import { publishReview } from "@/lib/post-mortems/review/publish-review";

export const POST = route({ capability: "incidents:write", params: ZPostMortemParams, handler: ({ user, actor, params }) => publishReview(user, actor, params.id) });
