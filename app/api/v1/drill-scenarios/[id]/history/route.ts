import { getScenarioHistory } from "@/lib/drills/get-scenario-history";
import { ZScenarioParams } from "@/lib/drills/scenario-schemas";
import { route } from "@/lib/http/route";

export const GET = route({ capability: "incidents:read", params: ZScenarioParams, handler: ({ user, params }) => getScenarioHistory(user, params.id) });
