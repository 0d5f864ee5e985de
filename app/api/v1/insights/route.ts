import { getInsights } from "@/lib/insights/get-insights";
import { route } from "@/lib/http/route";
import { ZRawQuery } from "@/lib/http/raw-input";

export const GET = route({ capability: "incidents:read", query: ZRawQuery, handler: ({ user, query }) => getInsights(user, query) });
