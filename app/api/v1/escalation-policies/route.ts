import { route } from "@/lib/http/route";
import { listEscalationPolicies } from "@/lib/notify/escalation/list-escalation-policies";

export const GET = route({ capability: "settings:manage", handler: () => listEscalationPolicies() });
