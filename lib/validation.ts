import type { z } from "zod";
import { badRequest, type FieldErrors } from "@/lib/errors";

// Validates input at a boundary; a failure becomes a 400 naming each field.
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what = "Input"): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  const summary = Object.entries(fields)
    .map(([field, messages]) => (field === "_" ? messages.join("; ") : `${field}: ${messages.join("; ")}`))
    .join("; ");
  throw badRequest(`${what} is invalid — ${summary}`, fields);
}
