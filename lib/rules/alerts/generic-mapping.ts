import { z } from "zod";

// Where a generic webhook's fields are: JSONPath-like picks ("$.a.b[0].c"),
// evaluated against each alert (the body, or each element of `alerts`).
const ZPath = z
  .string()
  .trim()
  .max(200)
  .regex(/^\$?(\.[A-Za-z0-9_@:-]+|\[\d+\]|\["[^"]+"\])*$|^[A-Za-z0-9_@:-]+(\.[A-Za-z0-9_@:-]+|\[\d+\])*$/, 'Use a path like "$.alert.title" or "$.items[0].name"');

export const ZGenericMapping = z.strictObject({
  alerts: ZPath.optional(),
  title: ZPath,
  dedupKey: ZPath,
  severity: ZPath.optional(),
  status: ZPath.optional(),
  resolvedValues: z.array(z.string().max(40)).max(10).default(["resolved", "ok", "closed"]),
  groupKey: ZPath.optional(),
  cluster: ZPath.optional(),
  namespace: ZPath.optional(),
  pod: ZPath.optional(),
  node: ZPath.optional(),
});
export type TGenericMapping = z.output<typeof ZGenericMapping>;

// Reads one value at a path; undefined when any step is missing.
export function pickPath(value: unknown, path: string): unknown {
  const steps = [...path.replace(/^\$/, "").matchAll(/\.([^.[\]]+)|\[(\d+)\]|\["([^"]+)"\]|^([^.[\]]+)/g)];
  let current: unknown = value;
  for (const [, dotted, index, quoted, head] of steps) {
    if (current === null || typeof current !== "object") return undefined;
    const key = dotted ?? quoted ?? head ?? index!;
    if (index !== undefined && !Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[index !== undefined ? Number(index) : key];
  }
  return current;
}
