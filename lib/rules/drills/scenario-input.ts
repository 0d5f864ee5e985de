import type { z } from "zod";
import type { ZDrillScenario } from "./scenario";

/** A scenario as written (defaults not yet applied). */
export type TDrillScenarioInput = z.input<typeof ZDrillScenario>;
