import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { METHOD_SELECT } from "./list-contact-methods";
import { ZContactMethodInput, type TContactMethodInput } from "./schemas";

export async function addContactMethod(actor: Actor, userId: string, input: TContactMethodInput) {
  const data = parseInput(ZContactMethodInput, input, "Contact method");
  return transaction(async (tx) => {
    const clash = await tx.contactMethod.count({ where: { userId, kind: data.kind, value: data.value } });
    if (clash > 0) throw conflict("You already have this contact method");
    const method = await tx.contactMethod.create({ data: { ...data, userId }, select: METHOD_SELECT });
    await appendAudit(tx, actor, { action: "contact_method.added", targetType: "user", targetId: userId, data: { id: method.id, kind: data.kind, events: data.events } });
    return method;
  });
}
