import "server-only";
import { db } from "@/lib/db";
import { SESSION_USER_SELECT, type SessionUser } from "./session-user";

// The account behind a session, read on every request: a deactivated account
// counts as signed out at once, whatever its session cookie says.
export function findActiveUser(id: string): Promise<SessionUser | null> {
  return db.user.findFirst({ where: { id, deactivatedAt: null }, select: SESSION_USER_SELECT });
}
