"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ApiError, apiFetch } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { CATEGORY_DESCRIPTIONS, CATEGORY_LABELS, INCIDENT_CATEGORIES } from "@/lib/rules/incidents/categories";
import { TriageSuggestion } from "@/components/playbooks/triage-suggestion";

type Severity = { key: string; name: string; description: string };
type Person = { id: string; name: string };

// Declaring must take seconds: title, severity, category, summary. The
// declarer leads unless someone else is chosen.
export function DeclareDialog({ open, onClose, severities, people, currentUserId }: { open: boolean; onClose: () => void; severities: Severity[]; people: Person[]; currentUserId: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const [severity, setSeverity] = useState(severities[1]?.key ?? severities[0]?.key ?? "");
  const [error, setError] = useState<ApiError | null>(null);
  const [category, setCategory] = useState("container_compromise");
  const [pending, setPending] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = async (form: FormData) => {
    setPending(true);
    setError(null);
    try {
      const created = await apiFetch<{ id: string }>("/api/v1/incidents", {
        method: "POST",
        body: {
          title: String(form.get("title")),
          severity,
          category: String(form.get("category")),
          summary: String(form.get("summary") ?? ""),
          leadId: String(form.get("leadId")),
          restricted: form.get("restricted") === "on",
          drill: form.get("drill") === "on",
        },
      });
      onClose();
      router.push(`/incidents/${created.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError("Could not declare the incident; try again.", 0));
    } finally {
      setPending(false);
    }
  };

  const chosen = severities.find((s) => s.key === severity);
  const fieldError = (name: string) => error?.fields?.[name]?.join("; ");
  return (
    <dialog
      ref={dialogRef}
      onClose={onClose}
      aria-labelledby="declare-title"
      className="m-auto w-full max-w-lg rounded-xl bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-black/50 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <form action={submit} className="space-y-4 p-6">
        <h2 id="declare-title" className="text-lg font-semibold">Declare an incident</h2>
        {error && !error.fields && <Alert tone="error">{error.message}</Alert>}
        <Field id="declare-title-input" label="Title" error={fieldError("title")}>
          <Input id="declare-title-input" name="title" required autoFocus maxLength={200} placeholder="e.g. Crypto miner running in checkout pod" />
        </Field>
        <fieldset>
          <legend className="mb-1.5 text-sm font-medium">Severity</legend>
          <div className="grid grid-cols-4 gap-2" role="radiogroup">
            {severities.map((s) => (
              <label key={s.key} className={`cursor-pointer rounded-md border px-2 py-1.5 text-center text-sm font-semibold ${severity === s.key ? "border-brand-600 bg-brand-50 text-brand-700 dark:bg-zinc-800 dark:text-brand-100" : "border-zinc-300 dark:border-zinc-700"}`}>
                <input type="radio" name="severity" value={s.key} checked={severity === s.key} onChange={() => setSeverity(s.key)} className="sr-only" />
                {s.key}
              </label>
            ))}
          </div>
          {chosen && <p className="mt-1.5 text-xs text-zinc-600 dark:text-zinc-400" data-testid="severity-description"><span className="font-medium">{chosen.name}:</span> {chosen.description}</p>}
        </fieldset>
        <Field id="declare-category" label="Category" error={fieldError("category")}>
          <Select id="declare-category" name="category" value={category} onChange={(e) => setCategory(e.target.value)}>
            {INCIDENT_CATEGORIES.map((category) => (
              <option key={category} value={category} title={CATEGORY_DESCRIPTIONS[category]}>
                {CATEGORY_LABELS[category]}
              </option>
            ))}
          </Select>
        </Field>
        <TriageSuggestion category={category} severities={severities} onUse={setSeverity} />
        <Field id="declare-summary" label="What do we know so far?" error={fieldError("summary")}>
          <Textarea id="declare-summary" name="summary" rows={3} maxLength={10_000} />
        </Field>
        <Field id="declare-lead" label="Incident lead">
          <Select id="declare-lead" name="leadId" defaultValue={currentUserId}>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
                {person.id === currentUserId ? " (me)" : ""}
              </option>
            ))}
          </Select>
        </Field>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2"><input type="checkbox" name="restricted" /> Restricted (participants only)</label>
          <label className="flex items-center gap-2"><input type="checkbox" name="drill" /> Drill / exercise</label>
        </div>
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="danger" disabled={pending}>{pending ? "Declaring…" : "Declare incident"}</Button>
        </div>
      </form>
    </dialog>
  );
}
