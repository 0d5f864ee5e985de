import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";

// Archived, not deleted: past incidents may refer to whom was called.
export async function archiveExternalContact(actor: Actor, contactId: string, now = new Date()) {
  if (!isUuid(contactId)) throw notFound("Contact");
  return transaction(async (tx) => {
    const archived = await tx.externalContact.updateMany({ where: { id: contactId, archivedAt: null }, data: { archivedAt: now } });
    if (archived.count === 0) throw notFound("Contact");
    await appendAudit(tx, actor, { action: "external_contact.archived", targetType: "external_contact", targetId: contactId });
    return { id: contactId, archivedAt: now };
  });
}
