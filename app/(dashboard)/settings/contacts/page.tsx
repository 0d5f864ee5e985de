import { ContactsManager } from "@/components/notify/contacts-manager";
import { requireUser } from "@/lib/auth/require-user";
import { listExternalContacts } from "@/lib/notify/contacts/list-external-contacts";
import { getCatalog } from "@/lib/regulatory/get-catalog";
import { serialize } from "@/lib/serialize";
import { listSeverityPolicies } from "@/lib/severities/list-severities";

export const metadata = { title: "Contacts" };

export default async function ContactsPage() {
  const user = await requireUser("settings:manage");
  const [contacts, severities, catalog] = await Promise.all([listExternalContacts(), listSeverityPolicies(), getCatalog()]);
  return (
    <ContactsManager
      contacts={serialize(contacts)}
      severities={severities.map(({ key, name }) => ({ key, name }))}
      frameworks={catalog.map((entry) => ({ key: entry.key, name: entry.definition.name }))}
      timeZone={user.timeZone}
    />
  );
}
