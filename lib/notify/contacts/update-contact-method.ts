import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { parseInput } from "@/lib/validation";
import { METHOD_SELECT } from "./list-contact-methods";
import { ZContactMethodEvents } from "./schemas";

// Which events this method gets ("each person chooses what they get").
export async function updateContactMethod(actor: Actor, userId: string, methodId: string, input: unknown) {
  const data = parseInput(ZContactMethodEvents, input, "Contact method");
  if (!isUuid(methodId)) throw notFound("Contact method");
  return transaction(async (tx) => {
    const updated = await tx.contactMethod.updateMany({ where: { id: methodId, userId }, data });
    if (updated.count === 0) throw notFound("Contact method");
    await appendAudit(tx, actor, { action: "contact_method.updated", targetType: "user", targetId: userId, data: { id: methodId, ...data } });
    return tx.contactMethod.findUniqueOrThrow({ where: { id: methodId }, select: METHOD_SELECT });
  });
}
