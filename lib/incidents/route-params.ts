import { z } from "zod";

// Path parameters of the incident API. A malformed id is "not found", like
// an incident the caller may not see.
export const ZIncidentParams = z.object({ id: z.string() });
export const ZTaskParams = z.object({ id: z.string(), taskId: z.string() });
export const ZEventParams = z.object({ id: z.string(), eventId: z.string().regex(/^\d+$/, "Event ids are numbers") });
