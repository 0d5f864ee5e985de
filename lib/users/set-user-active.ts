import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { badRequest, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertAnotherActiveAdmin } from "./assert-another-admin";
import { ZSetActiveInput, type TSetActiveInput } from "./schemas";
import { USER_LIST_SELECT } from "./user-select";

// Accounts are deactivated, never deleted: the audit trail names them.
// Deactivation ends their sessions at once (the account is checked on every
// request) and revokes their API tokens, so reactivating an account does not
// bring old tokens back to life.
export async function setUserActive(actor: Actor, input: TSetActiveInput) {
  const { userId, active } = parseInput(ZSetActiveInput, input);
  if (!active && userId === actor.id) throw badRequest("You cannot deactivate your own account");
  return transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: USER_LIST_SELECT });
    if (!user) throw notFound("User");
    if (active === (user.deactivatedAt === null)) {
      throw badRequest(`${user.email} is already ${active ? "active" : "deactivated"}`);
    }
    if (!active && user.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    const updated = await tx.user.update({
      where: { id: userId },
      data: { deactivatedAt: active ? null : new Date() },
      select: USER_LIST_SELECT,
    });
    const revoked = active ? { count: 0 } : await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await appendAudit(tx, actor, {
      action: active ? "user.reactivate" : "user.deactivate",
      targetType: "user",
      targetId: userId,
      data: active ? { email: user.email } : { email: user.email, apiTokensRevoked: revoked.count },
    });
    return updated;
  });
}
