import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { hashPassword } from "@/lib/auth/password";
import { transaction } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ZCreateUserInput, type TCreateUserInput } from "./schemas";
import { USER_LIST_SELECT } from "./user-select";

export async function createUser(actor: Actor, input: TCreateUserInput) {
  const data = parseInput(ZCreateUserInput, input);
  const passwordHash = await hashPassword(data.password);
  return transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (existing) throw conflict(`An account for ${data.email} already exists`);
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, timeZone: data.timeZone, breakGlass: data.breakGlass, passwordHash },
      select: USER_LIST_SELECT,
    });
    await appendAudit(tx, actor, {
      action: "user.create",
      targetType: "user",
      targetId: user.id,
      data: { email: user.email, role: user.role, breakGlass: user.breakGlass },
    });
    return user;
  });
}
