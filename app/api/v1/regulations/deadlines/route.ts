import { route } from "@/lib/http/route";
import { ZRawQuery } from "@/lib/http/raw-input";
import { listDeadlines } from "@/lib/regulatory/list-deadlines";

// Obligations across every open incident the caller may see, soonest first.
export const GET = route({
  capability: "incidents:read",
  query: ZRawQuery,
  handler: ({ user, query }) => listDeadlines(user, query),
});
