import { ContactsManager } from "@/components/notify/contacts-manager";
import { requireUser } from "@/lib/auth/require-user";
import { listExternalContacts } from "@/lib/notify/contacts/list-external-contacts";
import { serialize } from "@/lib/serialize";
import { listSeverityPolicies } from "@/lib/severities/list-severities";

export const metadata = { title: "Contacts" };

export default async function ContactsPage() {
  await requireUser("settings:manage");
  const [contacts, severities] = await Promise.all([listExternalContacts(), listSeverityPolicies()]);
  return <ContactsManager contacts={serialize(contacts)} severities={severities.map(({ key, name }) => ({ key, name }))} />;
}
