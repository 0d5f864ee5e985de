import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { badRequest, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ZSetRoleManagementInput, type TSetRoleManagementInput } from "./schemas";
import { USER_LIST_SELECT } from "./user-select";

// Who owns a single sign-on account's role: the group mapping (re-applied at
// each sign-in) or administrators by hand. Switching to manual is what lets
// an administrator change a mapped role; switching back hands it to the
// mapping again at the next sign-in.
export async function setRoleManagement(actor: Actor, input: TSetRoleManagementInput) {
  const { userId, managedBy } = parseInput(ZSetRoleManagementInput, input);
  return transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: USER_LIST_SELECT });
    if (!user) throw notFound("User");
    if (user.source !== "SSO" && managedBy === "MAPPING") throw badRequest(`${user.email} does not sign in through single sign-on; their role can only be managed by hand`);
    if (user.roleManagedBy === managedBy) throw badRequest(`${user.email}'s role is already managed ${managedBy === "MAPPING" ? "by the group mapping" : "by hand"}`);
    const updated = await tx.user.update({ where: { id: userId }, data: { roleManagedBy: managedBy }, select: USER_LIST_SELECT });
    await appendAudit(tx, actor, {
      action: "user.set_role_management",
      targetType: "user",
      targetId: userId,
      data: { email: user.email, from: user.roleManagedBy, to: managedBy },
    });
    return updated;
  });
}
