"use client";
import { Phone } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { CONTACT_CATEGORY_LABELS } from "@/lib/notify/contacts/schemas";
import { useIncidentContacts, useIncidentDeliveries } from "@/lib/notify/queries";
import { DeliveryLog } from "./delivery-log";

export type IncidentNotifyPanelProps = { incidentId: string; timeZone: string };

const box = "rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900";

// The war room's notifications: the delivery log (failures also land on the
// timeline) and the outside contacts to call for this severity.
export function IncidentNotifyPanel({ incidentId, timeZone }: IncidentNotifyPanelProps) {
  const deliveries = useIncidentDeliveries(incidentId);
  const contacts = useIncidentContacts(incidentId);
  const failed = deliveries.data?.deliveries.filter((row) => row.status === "FAILED").length ?? 0;
  return (
    <div className="space-y-6">
      <section aria-labelledby="notifications-heading" className={box}>
        <h2 id="notifications-heading" className="mb-2 text-sm font-semibold">Notifications</h2>
        {failed > 0 && <Alert tone="error" className="mb-2">{failed === 1 ? "One message could not be delivered." : `${failed} messages could not be delivered.`} Check the channel in Settings → Channels.</Alert>}
        {deliveries.isError && <Alert tone="error">{deliveries.error.message}</Alert>}
        {deliveries.data && <DeliveryLog deliveries={deliveries.data.deliveries} timeZone={timeZone} />}
      </section>
      <section aria-labelledby="contacts-heading" className={box}>
        <h2 id="contacts-heading" className="mb-2 text-sm font-semibold">Outside contacts</h2>
        {contacts.isError && <Alert tone="error">{contacts.error.message}</Alert>}
        {contacts.data && contacts.data.contacts.length === 0 && <p className="text-sm text-zinc-500">No contacts in the directory yet (Settings → Contacts).</p>}
        <ul className="space-y-3 text-sm" aria-label="Outside contacts">
          {contacts.data?.contacts.map((contact) => (
            <li key={contact.id}>
              <span className="block font-medium">
                {contact.name} · {contact.organisation}
              </span>
              <span className="block text-xs text-zinc-500">{CONTACT_CATEGORY_LABELS[contact.category as keyof typeof CONTACT_CATEGORY_LABELS] ?? contact.category}</span>
              {contact.guidance && (
                <span className="mt-1 block rounded bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">
                  {contacts.data.severityKey}: {contact.guidance}
                </span>
              )}
              <span className="mt-1 flex flex-wrap gap-x-3 text-xs">
                {contact.phone && (
                  <a className="inline-flex items-center gap-1 underline" href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`}>
                    <Phone className="size-3" aria-hidden /> {contact.phone}
                  </a>
                )}
                {contact.email && <a className="underline" href={`mailto:${contact.email}`}>{contact.email}</a>}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
