import type { z } from "zod";
import { ApiError } from "./api-client";

/** Messages keyed by dotted field path ("runbook.2.title"), as the API's problem+json `errors` are. */
export type FieldMessages = Record<string, string>;

// Checks a form's value with the same schema the server uses, so a mistake
// is shown beside its field before anything is sent.
export function checkWith<S extends z.ZodType>(schema: S, value: unknown): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldMessages } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldMessages = {};
  for (const issue of result.error.issues) errors[issue.path.length ? issue.path.join(".") : "_"] ??= issue.message;
  return { ok: false, errors };
}

/** The server's field messages, or its one message under "_". */
export function errorsFromServer(error: unknown): FieldMessages {
  if (error instanceof ApiError && error.fields) return Object.fromEntries(Object.entries(error.fields).map(([path, messages]) => [path, messages[0] ?? ""]));
  return { _: error instanceof Error ? error.message : "Could not save." };
}

/** Messages for paths this form shows no field for, so none is lost. */
export function unplacedErrors(errors: FieldMessages, placed: (path: string) => boolean): string[] {
  return Object.entries(errors)
    .filter(([path]) => path === "_" || !placed(path))
    .map(([path, message]) => (path === "_" ? message : `${path}: ${message}`));
}
