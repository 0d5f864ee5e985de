import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { SESSION_USER_SELECT, type SessionUser } from "./session-user";

const TOKEN_PREFIX = "cdn_";

export function generateApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

// Resolves `Authorization: Bearer <token>` to its owner, or null when the
// token is unknown, revoked, expired, or its owner is deactivated.
export async function userForBearerToken(token: string): Promise<SessionUser | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const now = new Date();
  const found = await db.apiToken.findFirst({
    where: { tokenHash: hashApiToken(token), revokedAt: null, expiresAt: { gt: now }, user: { deactivatedAt: null } },
    select: { id: true, lastUsedAt: true, user: { select: SESSION_USER_SELECT } },
  });
  if (!found) return null;
  // Recording every use would turn each API read into a write; a minute's
  // precision is enough to see which tokens are alive.
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: now }, select: { id: true } });
  }
  return found.user;
}
