import { z } from "zod";

export const ZStartDrillInput = z
  .object({
    scenario: z.string().trim().min(1, "Name a scenario (GET /api/v1/drill-scenarios lists them)").max(64),
    participants: z.array(z.uuid("Participants are user ids")).min(1, "A drill needs at least one participant").max(50),
    startsAt: z.iso.datetime({ offset: true, error: "Use an ISO 8601 time with a zone, e.g. 2026-11-25T14:30:00Z" }).transform((v) => new Date(v)).optional(),
    /** Defaults to the sandbox cluster; any other cluster is refused. */
    cluster: z.uuid("cluster is a cluster id").optional(),
  })
  .strict();

export type TStartDrillInput = z.input<typeof ZStartDrillInput>;
