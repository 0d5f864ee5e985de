import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";

export async function removeContactMethod(actor: Actor, userId: string, methodId: string) {
  if (!isUuid(methodId)) throw notFound("Contact method");
  return transaction(async (tx) => {
    const removed = await tx.contactMethod.deleteMany({ where: { id: methodId, userId } });
    if (removed.count === 0) throw notFound("Contact method");
    await appendAudit(tx, actor, { action: "contact_method.removed", targetType: "user", targetId: userId, data: { id: methodId } });
    return { id: methodId, removed: true };
  });
}
