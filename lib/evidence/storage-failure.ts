import { AppError } from "@/lib/errors";

// What to tell the sender when storing failed. Our own errors (limits,
// hashes, empty files) and the sender's (its stream broke, it aborted) pass
// through; anything else came from the store: say so, and that nothing was
// kept, instead of a generic internal error.
export function explainStoreFailure(error: unknown, sourceFailed: boolean, signal?: AbortSignal): unknown {
  if (error instanceof AppError || sourceFailed || signal?.aborted) return error;
  const failure = new AppError(
    "UNAVAILABLE",
    `Evidence storage could not be reached or refused the upload (${(error as Error)?.message ?? String(error)}); nothing was recorded. Try again when storage is back.`,
  );
  failure.cause = error;
  return failure;
}
