"use client";
import { BookUser } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError, apiFetch } from "@/components/common/api-client";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { CONTACT_CATEGORIES, CONTACT_CATEGORY_LABELS } from "@/lib/notify/contacts/schemas";
import type { ContactItem } from "@/lib/notify/queries";
import { severityLabel } from "@/lib/rules/incidents/severity-label";

type Props = { contacts: ContactItem[]; severities: { key: string; name: string }[]; frameworks: { key: string; name: string }[]; timeZone: string };

// Readiness asks for every contact to be verified within this many days (lib/rules/readiness/evaluate-plan).
const VERIFY_EVERY_DAYS = 180;
const DAY_MS = 86_400_000;

// The outside people an incident may need (counsel, the cloud provider's
// security team, regulators, the insurer, a forensics retainer), with when
// to call them per severity; the war room shows the guidance that applies.
export function ContactsManager({ contacts, severities, frameworks, timeZone }: Props) {
  const router = useRouter();
  const [editing, setEditing] = useState<ContactItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const save = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = event.currentTarget;
    const contactWhen = Object.fromEntries(severities.map((s) => [s.key, String(form.get(`when.${s.key}`) ?? "").trim()]).filter(([, text]) => text));
    const body = { name: form.get("name"), organisation: form.get("organisation"), category: form.get("category"), email: form.get("email"), phone: form.get("phone"), notes: form.get("notes"), contactWhen, frameworks: form.getAll("frameworks") };
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
  const verify = async (id: string) => {
    setError(null);
    try {
      await apiFetch(`/api/v1/contacts/${id}/verification`, { method: "POST" });
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "Could not mark the contact verified");
    }
  };
  const when = (editing?.contactWhen ?? {}) as Record<string, string>;
  const frameworkName = new Map(frameworks.map((f) => [f.key, f.name]));

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
              {contact.frameworks.length > 0 && <p className="mt-1 text-xs">Receives reports for: {contact.frameworks.map((key) => frameworkName.get(key) ?? key).join(", ")}</p>}
              <VerifiedLine verifiedAt={contact.verifiedAt} timeZone={timeZone} />
              <div className="mt-2 flex flex-wrap gap-2">
                <Button size="sm" variant="secondary" onClick={() => verify(contact.id)} aria-label={`Mark verified: ${contact.name}`}>Mark verified</Button>
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
            <legend className="text-sm font-medium">Regulators: the frameworks they receive reports for</legend>
            <p className="text-xs text-zinc-600 dark:text-zinc-400">Readiness asks for a regulator contact for each framework that applies to the organisation (Settings → Regulations).</p>
            <div className="grid gap-1 sm:grid-cols-2">
              {frameworks.map((f) => (
                <label key={f.key} className="flex items-start gap-2 text-sm">
                  <input type="checkbox" name="frameworks" value={f.key} defaultChecked={editing?.frameworks.includes(f.key) ?? false} className="mt-1" />
                  <span>{f.name} <span className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{f.key}</span></span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">When to contact them</legend>
            {severities.map((s) => (
              <Field key={s.key} id={`c-when-${s.key}`} label={severityLabel(s)}>
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

function VerifiedLine({ verifiedAt, timeZone }: { verifiedAt: string | null; timeZone: string }) {
  if (!verifiedAt) return <p className="mt-1 text-xs font-medium text-amber-800 dark:text-amber-300">Never verified</p>;
  // eslint-disable-next-line react-hooks/purity -- the age is shown as of this render, which is what "verified N days ago" means
  const overdue = Date.now() - new Date(verifiedAt).getTime() > VERIFY_EVERY_DAYS * DAY_MS;
  return (
    <p className={overdue ? "mt-1 text-xs font-medium text-amber-800 dark:text-amber-300" : "mt-1 text-xs text-zinc-600 dark:text-zinc-400"}>
      Verified <LocalTime at={verifiedAt} timeZone={timeZone} />
      {overdue && ` — over ${VERIFY_EVERY_DAYS} days ago, check the details again`}
    </p>
  );
}
