import { route } from "@/lib/http/route";
import { ZJsonBody, ZRawQuery } from "@/lib/http/raw-input";
import { contactsForIncident, listExternalContacts } from "@/lib/notify/contacts/list-external-contacts";
import { saveExternalContact } from "@/lib/notify/contacts/save-external-contact";

// ?incidentId=… orders the directory for that incident, with the guidance
// for its severity.
export const GET = route({
  capability: "incidents:read",
  query: ZRawQuery,
  handler: async ({ user, query }) => (query.incidentId ? contactsForIncident(user, query.incidentId) : { contacts: await listExternalContacts() }),
});

export const POST = route({
  capability: "settings:manage",
  body: ZJsonBody,
  status: 201,
  handler: ({ actor, body }) => saveExternalContact(actor, body),
});
