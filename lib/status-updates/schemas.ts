import { z } from "zod";
import { UPDATE_PHASES } from "@/lib/rules/status/templates";

export const MAX_UPDATE_LENGTH = 5_000;

export const ZPostStatusUpdateInput = z.object({
  audience: z.enum(["internal", "public"], { error: "audience must be internal or public" }),
  phase: z.enum(UPDATE_PHASES, { error: `phase must be one of ${UPDATE_PHASES.join(", ")}` }),
  body: z.string().trim().min(1, "Write the update first").max(MAX_UPDATE_LENGTH, `Updates are limited to ${MAX_UPDATE_LENGTH} characters`),
  businessImpact: z.string().trim().max(500).optional(),
});
export type TPostStatusUpdateInput = z.input<typeof ZPostStatusUpdateInput>;
