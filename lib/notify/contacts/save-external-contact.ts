import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { parseInput } from "@/lib/validation";
import { ZExternalContactInput, type TExternalContactInput } from "./schemas";

export const EXTERNAL_CONTACT_SELECT = {
  id: true,
  name: true,
  organisation: true,
  category: true,
  email: true,
  phone: true,
  notes: true,
  contactWhen: true,
  frameworks: true,
  verifiedAt: true,
  archivedAt: true,
  updatedAt: true,
} as const;

// Adds a contact, or replaces one's details when an id is given.
export async function saveExternalContact(actor: Actor, input: TExternalContactInput, contactId?: string) {
  const data = parseInput(ZExternalContactInput, input, "Contact");
  if (contactId !== undefined && !isUuid(contactId)) throw notFound("Contact");
  return transaction(async (tx) => {
    if (contactId !== undefined && (await tx.externalContact.count({ where: { id: contactId } })) === 0) throw notFound("Contact");
    const contact = contactId
      ? await tx.externalContact.update({ where: { id: contactId }, data, select: EXTERNAL_CONTACT_SELECT })
      : await tx.externalContact.create({ data, select: EXTERNAL_CONTACT_SELECT });
    await appendAudit(tx, actor, { action: contactId ? "external_contact.updated" : "external_contact.created", targetType: "external_contact", targetId: contact.id, data });
    return contact;
  });
}
