import { z } from "zod";

// The range and filters an insights request asks for. Pure: the route and
// the page both parse with it, so a bad range gets the same answer in both.

const DAY_MS = 24 * 60 * 60_000;
export const MAX_RANGE_DAYS = 5 * 366;
export const DEFAULT_RANGE_DAYS = 90;

export type InsightsBucket = "day" | "week" | "month";

const instant = (label: string) =>
  z
    .string()
    .trim()
    .refine((value) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(value) && !Number.isNaN(Date.parse(value)), {
      message: `${label} must be a date (2026-03-01) or an ISO 8601 time with its zone (2026-03-01T00:00:00Z)`,
    })
    .transform((value) => new Date(value));

const list = z
  .string()
  .trim()
  .transform((value) => value.split(",").map((part) => part.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(64, "Each value must be at most 64 characters")).max(20, "At most 20 values"));

export const ZInsightsQuery = z
  .object({
    from: instant("from").optional(),
    to: instant("to").optional(),
    severity: list.optional(),
    category: list.optional(),
    drills: z.enum(["exclude", "only"], { message: 'drills must be "exclude" (real incidents, the default) or "only" (drills)' }).default("exclude"),
  })
  .strict();

export type TInsightsQueryInput = z.input<typeof ZInsightsQuery>;

export interface InsightsFilter {
  from: Date;
  to: Date;
  bucket: InsightsBucket;
  severities: string[];
  categories: string[];
  drills: "exclude" | "only";
}

export type RangeProblem = { path: "from" | "to"; message: string };

/** Fills in defaults (the last 90 days up to now) and checks the range; null plus the problem when it is unusable. */
export function resolveInsightsRange(query: z.output<typeof ZInsightsQuery>, now: Date): { filter: InsightsFilter } | { problem: RangeProblem } {
  const to = query.to ?? now;
  const from = query.from ?? new Date(to.getTime() - DEFAULT_RANGE_DAYS * DAY_MS);
  if (from >= to) return { problem: { path: "from", message: `from (${from.toISOString()}) must be before to (${to.toISOString()})` } };
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  if (days > MAX_RANGE_DAYS) return { problem: { path: "from", message: `The range covers ${Math.ceil(days)} days; at most 5 years (${MAX_RANGE_DAYS} days) can be shown at once` } };
  return { filter: { from, to, bucket: bucketFor(days), severities: query.severity ?? [], categories: query.category ?? [], drills: query.drills } };
}

/** Days for up to about three months, weeks up to a year, months beyond: a chart of at most ~100 points. */
export function bucketFor(days: number): InsightsBucket {
  if (days <= 93) return "day";
  if (days <= 366) return "week";
  return "month";
}
