import { z } from "zod";
import { listScenarios } from "@/lib/drills/list-scenarios";
import { checkScenarioInput, saveScenario } from "@/lib/drills/save-scenario";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";

export const GET = route({ capability: "incidents:read", handler: async () => listScenarios() });

// ?dryRun=true is the editor's "Check": the same validation as saving, nothing written.
const ZQuery = z.object({ dryRun: z.enum(["true", "false"], { message: "dryRun is true or false" }).optional() }).strict();

export const POST = route({
  capability: "settings:manage",
  query: ZQuery,
  body: ZJsonBody,
  handler: async ({ actor, query, body }) => (query.dryRun === "true" ? Response.json(checkScenarioInput(body), { headers: { "cache-control": "no-store" } }) : saveScenario(actor, body)),
  status: 201,
});
