import { z } from "zod";

// Path parameters of the cluster API. A malformed id is "not found".
export const ZClusterParams = z.object({ id: z.string() });
export const ZClusterActionParams = z.object({ id: z.string(), actionId: z.string() });
