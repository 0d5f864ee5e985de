import { route } from "@/lib/http/route";
import { getExecutiveOverview } from "@/lib/status-page/get-executive-overview";

export const GET = route({ capability: "incidents:read", handler: ({ user }) => getExecutiveOverview(user) });
