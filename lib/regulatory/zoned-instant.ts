// Trigger times are legal facts: an instant without a zone could be off by
// up to a day, so it is refused rather than guessed (UTC? the server's zone?
// the viewer's?). Shared by the API and the UI, so both say the same thing.
import { DateTime } from "luxon";
import { z } from "zod";

const EXAMPLE = "e.g. 2026-11-25T14:30:00Z or 2026-11-25T15:30:00+01:00";
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?/;
const ZONED = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Clock skew tolerated between a browser or script and the server. */
export const FUTURE_SKEW_MS = 5 * 60_000;

export type InstantProblem = "malformed" | "no_zone";

// Null when the text is a valid instant with a zone; otherwise what is wrong.
export function instantProblem(text: string): InstantProblem | null {
  const trimmed = text.trim();
  if (DATE_TIME.test(trimmed) && !ZONED.test(trimmed) && DATE_TIME.exec(trimmed)?.[0] === trimmed) return "no_zone";
  if (!ZONED.test(trimmed)) return "malformed";
  return DateTime.fromISO(trimmed.replace(" ", "T"), { setZone: true }).isValid ? null : "malformed";
}

export function describeInstantProblem(problem: InstantProblem, value: string): string {
  return problem === "no_zone"
    ? `"${value}" has no time zone: add Z for UTC or an offset such as +01:00 (${EXAMPLE})`
    : `"${value}" is not a valid time: use ISO 8601 with a zone (${EXAMPLE})`;
}

/** An ISO 8601 instant that must name its zone (Z or an offset); becomes a Date. */
export const ZZonedInstant = z
  .string({ error: `Use an ISO 8601 time with a zone (${EXAMPLE})` })
  .max(64, "Times are at most 64 characters")
  .superRefine((value, ctx) => {
    const problem = instantProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: describeInstantProblem(problem, value) });
  })
  .transform((value) => DateTime.fromISO(value.trim().replace(" ", "T"), { setZone: true }).toJSDate());

export function isTooFarInFuture(at: Date, now: Date): boolean {
  return at.getTime() > now.getTime() + FUTURE_SKEW_MS;
}
