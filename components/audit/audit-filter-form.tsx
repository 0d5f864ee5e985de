"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { instantFromLocalInput, localInputValue } from "@/components/deadlines/zoned-input";
import { Button, buttonClasses } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { AuditFilterOptions } from "@/lib/audit/list-audit-filter-options";

export type AuditFilterValues = Partial<Record<"actor" | "action" | "targetType" | "targetId" | "from" | "to", string>>;

const LABEL = "mb-1 block text-sm font-medium text-zinc-800 dark:text-zinc-200";

// The filters live in the address, so a filtered view can be shared. Times
// are entered on the viewer's clock and travel as UTC instants, so a link
// means the same period to a colleague in another zone.
export function AuditFilterForm({ values, options, timeZone }: { values: AuditFilterValues; options: AuditFilterOptions; timeZone: string }) {
  const router = useRouter();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const name of ["actor", "action", "targetType", "targetId"] as const) {
      const value = String(form.get(name) ?? "").trim();
      if (value) params.set(name, value);
    }
    for (const name of ["from", "to"] as const) {
      const local = String(form.get(name) ?? "");
      const instant = local ? instantFromLocalInput(local, timeZone) : null;
      // The form is to the minute: "until 10:00" includes what happened during 10:00.
      if (instant) params.set(name, name === "to" ? new Date(Date.parse(instant) + 59_999).toISOString() : instant);
    }
    router.push(`/settings/audit${params.size ? `?${params}` : ""}`);
  };
  const actionOptions = values.action && !options.actions.includes(values.action) ? [values.action, ...options.actions] : options.actions;
  const typeOptions = values.targetType && !options.targetTypes.includes(values.targetType) ? [values.targetType, ...options.targetTypes] : options.targetTypes;

  return (
    <form onSubmit={submit} aria-label="Filter the audit log" className="grid gap-3 rounded-lg border border-zinc-200 p-3 sm:grid-cols-2 lg:grid-cols-3 dark:border-zinc-800">
      <div>
        <label htmlFor="audit-actor" className={LABEL}>Who</label>
        <Select id="audit-actor" name="actor" defaultValue={values.actor ?? ""}>
          <option value="">Anyone</option>
          <option value="system">Cordon itself (system)</option>
          {options.people.map((person) => (
            <option key={person.id} value={person.id}>{person.name} — {person.email}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="audit-action" className={LABEL}>Action</label>
        <Select id="audit-action" name="action" defaultValue={values.action ?? ""}>
          <option value="">Any action</option>
          {actionOptions.map((action) => <option key={action}>{action}</option>)}
        </Select>
      </div>
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)] gap-2">
        <div>
          <label htmlFor="audit-target-type" className={LABEL}>Target kind</label>
          <Select id="audit-target-type" name="targetType" defaultValue={values.targetType ?? ""}>
            <option value="">Any</option>
            {typeOptions.map((type) => <option key={type}>{type}</option>)}
          </Select>
        </div>
        <div>
          <label htmlFor="audit-target-id" className={LABEL}>Target id</label>
          <Input id="audit-target-id" name="targetId" defaultValue={values.targetId ?? ""} placeholder="exact id" maxLength={80} />
        </div>
      </div>
      <div>
        <label htmlFor="audit-from" className={LABEL}>From ({timeZone})</label>
        <Input id="audit-from" name="from" type="datetime-local" defaultValue={values.from ? localInputValue(values.from, timeZone) : ""} />
      </div>
      <div>
        <label htmlFor="audit-to" className={LABEL}>Until ({timeZone})</label>
        <Input id="audit-to" name="to" type="datetime-local" defaultValue={values.to ? localInputValue(values.to, timeZone) : ""} />
      </div>
      <div className="flex items-end gap-2">
        <Button type="submit">Apply filters</Button>
        <Link href="/settings/audit" className={buttonClasses("ghost")}>Clear</Link>
      </div>
    </form>
  );
}
