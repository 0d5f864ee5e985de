import "server-only";
import { cache } from "react";
import { auth } from "./auth";
import { findActiveUser } from "./find-active-user";
import type { SessionUser } from "./session-user";

// The signed-in person for this request, or null. Deactivated accounts count
// as signed out immediately, whatever their session cookie says.
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return findActiveUser(id);
});
