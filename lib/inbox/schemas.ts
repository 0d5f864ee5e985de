import { z } from "zod";

// No keys: mark everything in the inbox read.
export const ZMarkInboxReadInput = z.object({
  keys: z.array(z.string().trim().min(1).max(200), { error: "keys must be a list of inbox item keys" }).max(200, "Mark at most 200 items at once").optional(),
});
export type TMarkInboxReadInput = z.input<typeof ZMarkInboxReadInput>;
