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

export const DRILL_STATES = ["SCHEDULED", "RUNNING", "PAUSED", "ENDED"] as const;

export const ZListDrillsQuery = z
  .object({
    scenario: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "scenario is a scenario id, e.g. crypto-miner").optional(),
    state: z.enum(DRILL_STATES, { message: `state must be one of ${DRILL_STATES.join(", ")}` }).optional(),
    limit: z.coerce.number().int("limit is a whole number").min(1).max(200).default(50),
  })
  .strict();
