import { listSeverityPolicies } from "@/lib/severities/list-severities";
import { route } from "@/lib/http/route";

export const GET = route({ capability: "incidents:read", handler: async () => ({ severities: await listSeverityPolicies() }) });
