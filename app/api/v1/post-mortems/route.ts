import { route } from "@/lib/http/route";
import { ZRawQuery } from "@/lib/http/raw-input";
import { listPostMortems } from "@/lib/post-mortems/review/list-post-mortems";

export const GET = route({ capability: "incidents:read", query: ZRawQuery, handler: ({ user, query }) => listPostMortems(user, query) });
