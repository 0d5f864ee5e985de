"use client";
import { BookUser } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError, apiFetch } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { CONTACT_CATEGORIES, CONTACT_CATEGORY_LABELS } from "@/lib/notify/contacts/schemas";
import type { ContactItem } from "@/lib/notify/queries";

type Props = { contacts: ContactItem[]; severities: { key: string; name: string }[] };

// The outside people an incident may need (counsel, the cloud provider's
// security team, regulators, the insurer, a forensics retainer), with when
// to call them per severity; the war room shows the guidance that applies.
export function ContactsManager({ contacts, severities }: Props) {
  const router = useRouter();
  const [editing, setEditing] = useState<ContactItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const save = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = event.currentTarget;
    const contactWhen = Object.fromEntries(severities.map((s) => [s.key, String(form.get(`when.${s.key}`) ?? "").trim()]).filter(([, text]) => text));
    const body = { name: form.get("name"), organisation: form.get("organisation"), category: form.get("category"), email: form.get("email"), phone: form.get("phone"), notes: form.get("notes"), contactWhen };
    setPending(true);
    setError(null);
    try {
      await apiFetch(editing ? `/api/v1/contacts/${editing.id}` : "/api/v1/contacts", { method: editing ? "PUT" : "POST", body });
      target.reset();
      setEditing(null);
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "Could not save the contact");
    } finally {
      setPending(false);
    }
  };
  const archive = async (id: string) => {
    try {
      await apiFetch(`/api/v1/contacts/${id}`, { method: "DELETE" });
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "Could not archive the contact");
    }
  };
  const when = (editing?.contactWhen ?? {}) as Record<string, string>;

  return (
    <div className="space-y-8">
      {contacts.length === 0 ? (
        <EmptyState icon={<BookUser className="size-8" />} title="No outside contacts yet">Add counsel, your cloud provider’s security team, regulators, the insurer and a forensics retainer.</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label="Contacts">
          {contacts.map((contact) => (
            <li key={contact.id} className="rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800">
              <p className="font-medium">{contact.name} · {contact.organisation}</p>
              <p className="text-xs text-zinc-500">{CONTACT_CATEGORY_LABELS[contact.category as keyof typeof CONTACT_CATEGORY_LABELS]} · {[contact.phone, contact.email].filter(Boolean).join(" · ")}</p>
              <ul className="mt-1 text-xs">
                {Object.entries((contact.contactWhen ?? {}) as Record<string, string>).map(([key, text]) => (
                  <li key={key}><span className="font-medium">{key}:</span> {text}</li>
                ))}
              </ul>
              <div className="mt-2 flex gap-2">
                <Button size="sm" variant="secondary" onClick={() => setEditing(contact)}>Edit</Button>
                <Button size="sm" variant="ghost" onClick={() => archive(contact.id)}>Archive</Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="contact-form" className="max-w-2xl space-y-4">
        <h2 id="contact-form" className="text-base font-semibold">{editing ? `Edit ${editing.name}` : "Add a contact"}</h2>
        {error && <Alert tone="error">{error}</Alert>}
        <form key={editing?.id ?? "new"} onSubmit={save} className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="c-name" label="Name"><Input id="c-name" name="name" required defaultValue={editing?.name} /></Field>
            <Field id="c-org" label="Organisation"><Input id="c-org" name="organisation" required defaultValue={editing?.organisation} /></Field>
            <Field id="c-cat" label="Category">
              <Select id="c-cat" name="category" defaultValue={editing?.category ?? "LAW_FIRM"}>
                {CONTACT_CATEGORIES.map((c) => <option key={c} value={c}>{CONTACT_CATEGORY_LABELS[c]}</option>)}
              </Select>
            </Field>
            <Field id="c-phone" label="Phone"><Input id="c-phone" name="phone" type="tel" defaultValue={editing?.phone ?? ""} /></Field>
            <Field id="c-email" label="Email"><Input id="c-email" name="email" type="email" defaultValue={editing?.email ?? ""} /></Field>
          </div>
          <Field id="c-notes" label="Notes"><Textarea id="c-notes" name="notes" defaultValue={editing?.notes ?? ""} /></Field>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">When to contact them</legend>
            {severities.map((s) => (
              <Field key={s.key} id={`c-when-${s.key}`} label={`${s.key} · ${s.name}`}>
                <Input id={`c-when-${s.key}`} name={`when.${s.key}`} maxLength={300} defaultValue={when[s.key] ?? ""} placeholder="e.g. Call within 1 hour of declaration" />
              </Field>
            ))}
          </fieldset>
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>{editing ? "Save changes" : "Add contact"}</Button>
            {editing && <Button variant="ghost" onClick={() => setEditing(null)}>Cancel</Button>}
          </div>
        </form>
      </section>
    </div>
  );
}
