import { z } from "zod";

// A malformed id is "not found", like evidence the caller may not see.
export const ZEvidenceParams = z.object({ evidenceId: z.string() });
