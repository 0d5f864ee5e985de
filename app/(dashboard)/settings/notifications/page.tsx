import { ContactMethods } from "@/components/notify/contact-methods";
import { requireUser } from "@/lib/auth/require-user";
import { listContactMethods } from "@/lib/notify/contacts/list-contact-methods";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await requireUser();
  const methods = await listContactMethods(user.id);
  return <ContactMethods initial={serialize(methods)} accountEmail={user.email} />;
}
