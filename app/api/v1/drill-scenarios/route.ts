import { listScenarios } from "@/lib/drills/list-scenarios";
import { route } from "@/lib/http/route";

export const GET = route({ capability: "incidents:read", handler: async () => listScenarios() });
