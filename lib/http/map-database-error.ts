import { AppError } from "@/lib/errors";

// Database errors that are the caller's doing rather than ours.
export function mapDatabaseError(error: unknown): AppError | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  if (code === "P2002") return new AppError("CONFLICT", "Something with the same unique value already exists");
  if (code === "P2025") return new AppError("NOT_FOUND", "The record was not found (it may have just changed)");
  if (code === "P2034") return new AppError("CONFLICT", "Someone else changed this at the same moment; reload and try again");
  return null;
}
