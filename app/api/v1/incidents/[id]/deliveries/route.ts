import { ZIncidentParams } from "@/lib/incidents/route-params";
import { route } from "@/lib/http/route";
import { ZRawQuery } from "@/lib/http/raw-input";
import { listIncidentDeliveries } from "@/lib/notify/delivery/list-deliveries";

// The incident's notification log: each message, where it went, each try.
export const GET = route({
  capability: "incidents:read",
  params: ZIncidentParams,
  query: ZRawQuery,
  handler: ({ user, params, query }) => listIncidentDeliveries(user, params.id, query),
});
