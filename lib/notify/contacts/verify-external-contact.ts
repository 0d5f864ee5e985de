import "server-only";
// "Mark verified": someone checked the contact's details still reach the
// right people. Readiness asks for it every 180 days; an edit is not a check.
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { EXTERNAL_CONTACT_SELECT } from "./save-external-contact";

export async function verifyExternalContact(actor: Actor, contactId: string, now = new Date()) {
  if (!isUuid(contactId)) throw notFound("Contact");
  return transaction(async (tx) => {
    const updated = await tx.externalContact.updateMany({ where: { id: contactId, archivedAt: null }, data: { verifiedAt: now, verifiedById: actor.id } });
    if (updated.count === 0) throw notFound("Contact");
    await appendAudit(tx, actor, { action: "external_contact.verified", targetType: "external_contact", targetId: contactId, data: { verifiedAt: now.toISOString() } });
    return tx.externalContact.findUniqueOrThrow({ where: { id: contactId }, select: EXTERNAL_CONTACT_SELECT });
  });
}
