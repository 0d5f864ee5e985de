import { listAlertGroups } from "@/lib/alerts/list-alert-groups";
import { route } from "@/lib/http/route";
import { ZRawQuery } from "@/lib/http/raw-input";

export const GET = route({ capability: "incidents:read", query: ZRawQuery, handler: ({ user, query }) => listAlertGroups(user, query) });
