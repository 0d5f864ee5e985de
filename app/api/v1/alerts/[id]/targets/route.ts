import { resolveAlertTargets } from "@/lib/alerts/resolve-alert-targets";
import { ZAlertParams } from "@/lib/alerts/schemas";
import { route } from "@/lib/http/route";

// The cluster objects an alert names, as found in registered clusters.
export const GET = route({ capability: "incidents:read", params: ZAlertParams, handler: ({ user, params }) => resolveAlertTargets(user, params.id) });
