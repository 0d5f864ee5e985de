import { z } from "zod";

// A shared link carries every filter in its query string; an emptied form
// field arrives as "" and means "no filter", not "match the empty string".
const optional = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const SYSTEM_ACTOR_FILTER = "system";

export const ZAuditQuery = z
  .object({
    before: optional(z.coerce.bigint()),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    // A person's id, or "system" for what Cordon did by itself.
    actor: optional(z.union([z.literal(SYSTEM_ACTOR_FILTER), z.string().uuid("Choose a person from the list, or system")])),
    action: optional(z.string().trim().max(80)),
    targetType: optional(z.string().trim().max(40)),
    targetId: optional(z.string().trim().max(80)),
    from: optional(z.coerce.date({ message: "Give the start as an ISO time, e.g. 2026-12-01T00:00:00Z" })),
    to: optional(z.coerce.date({ message: "Give the end as an ISO time, e.g. 2026-12-02T00:00:00Z" })),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ["to"], message: "The end of the period must not be before its start" });
export type TAuditQuery = z.input<typeof ZAuditQuery>;
export type TAuditFilters = z.infer<typeof ZAuditQuery>;

// One sentence for the screen when a shared link holds a filter that makes
// no sense (a hand-edited date, an unknown person).
export function describeAuditQueryError(error: z.ZodError): string {
  const problems = error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
  return `These filters cannot be used — ${problems.join("; ")}.`;
}
