import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { auth } from "./auth";
import { SESSION_USER_SELECT, type SessionUser } from "./session-user";

// The signed-in person for this request, or null. Deactivated accounts count
// as signed out immediately, whatever their session cookie says.
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findFirst({ where: { id, deactivatedAt: null }, select: SESSION_USER_SELECT });
});
