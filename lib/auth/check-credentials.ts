import "server-only";
import { z } from "zod";
import { appendAudit } from "@/lib/audit/append-audit";
import { actorOf, SYSTEM_ACTOR } from "@/lib/audit/actor";
import { db, transaction } from "@/lib/db";
import { clearLoginFailures, forgetLoginAttempt, reserveLoginAttempt } from "./login-throttle";
import { spendPasswordCheckTime, verifyPassword } from "./password";
import { SESSION_USER_SELECT, type SessionUser } from "./session-user";
import { localSignInScope } from "./sso/sso-settings";

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

export type CredentialsOutcome =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid" | "throttled" | "deactivated" | "local-sign-in-off" };

// Checks an email and password for sign-in. Every outcome is audited; the
// answer never reveals whether an unknown email has an account.
export async function checkCredentials(input: unknown, address: string): Promise<CredentialsOutcome> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const attempt = await reserveLoginAttempt(email, address);
  if (attempt.throttled) {
    await audit("auth.sign_in_throttled", email, address);
    return { ok: false, reason: "throttled" };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { ...SESSION_USER_SELECT, passwordHash: true, deactivatedAt: true, breakGlass: true },
  });
  const passwordMatches = user ? await verifyPassword(password, user.passwordHash) : await spendPasswordCheckTime(password).then(() => false);
  if (!user || !passwordMatches) {
    // Already counted by reserveLoginAttempt.
    await audit("auth.sign_in_failed", email, address);
    return { ok: false, reason: "invalid" };
  }
  if (user.deactivatedAt) {
    await forgetLoginAttempt(attempt.attemptId);
    await audit("auth.sign_in_refused_deactivated", email, address, user.id);
    return { ok: false, reason: "deactivated" };
  }

  // With single sign-on on, the identity provider decides who gets in; a
  // password only opens break-glass accounts (asked after the password, so
  // the answer tells nothing to someone who does not know it).
  if (!user.breakGlass && localSignInScope() === "break-glass") {
    await forgetLoginAttempt(attempt.attemptId);
    await audit("auth.sign_in_refused_local_off", email, address, user.id);
    return { ok: false, reason: "local-sign-in-off" };
  }

  await clearLoginFailures(email);
  const sessionUser: SessionUser = { id: user.id, email: user.email, name: user.name, role: user.role, timeZone: user.timeZone };
  await transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() }, select: { id: true } });
    await appendAudit(tx, actorOf(sessionUser), { action: "auth.sign_in", targetType: "user", targetId: user.id, data: { address, method: "password", breakGlass: user.breakGlass } });
  });
  return { ok: true, user: sessionUser };
}

function audit(action: string, email: string, address: string, userId?: string) {
  return transaction((tx) =>
    appendAudit(tx, SYSTEM_ACTOR, { action, targetType: "user", targetId: userId ?? null, data: { email, address } }),
  );
}
