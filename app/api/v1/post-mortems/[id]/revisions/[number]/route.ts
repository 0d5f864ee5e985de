import { route } from "@/lib/http/route";
import { getRevision } from "@/lib/post-mortems/review/list-revisions";
import { ZRevisionParams } from "@/lib/post-mortems/review/schemas";

export const GET = route({ capability: "incidents:read", params: ZRevisionParams, handler: ({ user, params }) => getRevision(user, params.id, params.number) });
