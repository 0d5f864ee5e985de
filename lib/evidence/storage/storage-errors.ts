import { AppError, badRequest, notFound } from "@/lib/errors";

export const invalidLocation = (location: string) =>
  badRequest(`"${location.slice(0, 200)}" is not a valid evidence storage location`);

export const objectNotFound = (location: string) => notFound(`Evidence object ${location}`);

export const storageFull = (cause: unknown) => {
  const error = new AppError(
    "UNAVAILABLE",
    "Evidence storage is full: free space on the evidence volume (or raise its quota) and try again",
  );
  error.cause = cause;
  return error;
};

// Node reports both "disk full" and "quota exceeded" this way.
export function isStorageFullError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === "ENOSPC" || code === "EDQUOT";
}

export function isNotFoundError(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "ENOENT";
}
