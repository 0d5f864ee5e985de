import { z } from "zod";
import { SCENARIO_FORMATS } from "@/lib/rules/drills/scenario-source";

export const ZSaveScenarioInput = z
  .object({
    format: z.enum(SCENARIO_FORMATS, { message: "format is json or yaml" }),
    source: z.string({ error: "source is the scenario's text" }),
  })
  .strict();

export type TSaveScenarioInput = z.input<typeof ZSaveScenarioInput>;

export const ZScenarioParams = z.object({ id: z.string().min(1).max(64) });
