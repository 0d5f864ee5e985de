import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { badRequest, conflict, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ZChangeRoleInput, type TChangeRoleInput } from "./schemas";
import { USER_LIST_SELECT } from "./user-select";
import { assertAnotherActiveAdmin } from "./assert-another-admin";

export async function changeUserRole(actor: Actor, input: TChangeRoleInput) {
  const { userId, role } = parseInput(ZChangeRoleInput, input);
  return transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: USER_LIST_SELECT });
    if (!user) throw notFound("User");
    if (user.roleManagedBy === "MAPPING") {
      throw conflict(`${user.email}'s role comes from their identity provider's groups; switch them to a manually managed role first`);
    }
    if (user.role === role) throw badRequest(`${user.email} already has the role ${role}`);
    if (user.role === "ADMIN") await assertAnotherActiveAdmin(tx, userId);
    const updated = await tx.user.update({ where: { id: userId }, data: { role }, select: USER_LIST_SELECT });
    await appendAudit(tx, actor, {
      action: "user.change_role",
      targetType: "user",
      targetId: userId,
      data: { email: user.email, from: user.role, to: role },
    });
    return updated;
  });
}
