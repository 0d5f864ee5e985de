import { z } from "zod";

const DAY = 86_400_000;
export const MAX_ACCEPTANCE_DAYS = 365;

const text = (label: string, max: number) =>
  z.string({ error: `${label} is required` }).trim().min(1, { error: `${label} is required` }).max(max, { error: `${label} must be at most ${max} characters` });

// An acceptance names one object of one check; the expiry keeps accepted
// risk from becoming forgotten risk.
export const ZAcceptRiskInput = z
  .object({
    clusterId: z.uuid({ error: "clusterId must be a cluster's id" }).nullable().default(null),
    checkId: text("checkId", 80),
    objectKey: text("objectKey", 500),
    reason: text("A reason", 1000).refine((r) => r.length >= 10, { error: "Say why the risk is accepted (at least 10 characters)" }),
    expiresAt: z.iso.datetime({ offset: true, error: "expiresAt must be an ISO date and time, e.g. 2027-03-01T00:00:00Z" }),
  })
  .strict();
export type TAcceptRiskInput = z.infer<typeof ZAcceptRiskInput>;

/** Checked against `now` apart from the shape, so tests pass the time in. */
export function expiryProblem(expiresAt: Date, now: Date): string | null {
  if (expiresAt.getTime() <= now.getTime()) return "The expiry must be in the future";
  if (expiresAt.getTime() > now.getTime() + MAX_ACCEPTANCE_DAYS * DAY) return `The expiry must be within one year (${MAX_ACCEPTANCE_DAYS} days)`;
  return null;
}

export const ZRevokeAcceptanceInput = z.object({ reason: text("A reason", 1000) }).strict();
export type TRevokeAcceptanceInput = z.infer<typeof ZRevokeAcceptanceInput>;

export const ZAttestAuditLoggingInput = z
  .object({
    statement: text("What is logged and where", 1000).refine((s) => s.length >= 10, { error: "Say which audit policy is on and where the log goes (at least 10 characters)" }),
    confirmed: z.literal(true, { error: "Confirm that audit logging is on" }),
  })
  .strict();
export type TAttestAuditLoggingInput = z.infer<typeof ZAttestAuditLoggingInput>;

export const ZExportQuery = z.object({ format: z.enum(["json", "csv"], { error: "format must be json or csv" }).default("json") });
