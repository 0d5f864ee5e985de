import { saveScenario } from "@/lib/drills/save-scenario";
import { ZScenarioParams } from "@/lib/drills/scenario-schemas";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";

export const PUT = route({ capability: "settings:manage", params: ZScenarioParams, body: ZJsonBody, handler: ({ actor, params, body }) => saveScenario(actor, body, params.id) });
