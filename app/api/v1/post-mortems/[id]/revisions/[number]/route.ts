import { route } from "@/lib/http/route";
import { getRevision } from "@/lib/post-mortems/review/list-revisions";
import { compareRevisionsOfReview } from "@/lib/post-mortems/review/read-revision";
import { ZRevisionCompareQuery, ZRevisionParams } from "@/lib/post-mortems/review/schemas";

// One published revision exactly as frozen; with `?against=M`, what changed
// between revision M and this one, section by section.
export const GET = route({
  capability: "incidents:read",
  params: ZRevisionParams,
  query: ZRevisionCompareQuery,
  handler: ({ user, params, query }) =>
    query.against === undefined ? getRevision(user, params.id, params.number) : compareRevisionsOfReview(user, params.id, params.number, query.against),
});
