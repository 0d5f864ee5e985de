import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { EXTERNAL_CONTACT_SELECT } from "./save-external-contact";

// The directory is short (dozens at most): one page, by name.
export async function listExternalContacts() {
  return db.externalContact.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, take: 500, select: EXTERNAL_CONTACT_SELECT });
}

// For the war room: the contacts with guidance for this incident's
// severity, with that guidance, first; the rest after, for reference.
export async function contactsForIncident(user: SessionUser, incidentId: string) {
  if (!isUuid(incidentId)) throw notFound("Incident");
  const incident = await db.incident.findFirst({ where: { id: incidentId, ...visibleIncidents(user) }, select: { severityKey: true } });
  if (!incident) throw notFound("Incident");
  const contacts = await listExternalContacts();
  const withGuidance = contacts.map((contact) => ({ ...contact, guidance: ((contact.contactWhen ?? {}) as Record<string, string>)[incident.severityKey] ?? null }));
  return { severityKey: incident.severityKey, contacts: [...withGuidance.filter((c) => c.guidance), ...withGuidance.filter((c) => !c.guidance)] };
}

export type ExternalContactView = Awaited<ReturnType<typeof listExternalContacts>>[number];
