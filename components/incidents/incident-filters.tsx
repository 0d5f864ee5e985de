"use client";
import { Select } from "@/components/ui/input";
import { CATEGORY_LABELS, INCIDENT_CATEGORIES } from "@/lib/rules/incidents/categories";
import { INCIDENT_STATUSES, STATUS_LABELS } from "@/lib/rules/incidents/statuses";

export type Filters = Partial<Record<"severity" | "status" | "category" | "lead" | "mine" | "drills", string>>;

export function IncidentFilters({ value, onChange, severities, people }: { value: Filters; onChange: (next: Filters) => void; severities: { key: string }[]; people: { id: string; name: string }[] }) {
  const set = (key: keyof Filters, next: string) => onChange({ ...value, [key]: next || undefined });
  return (
    <div className="flex flex-wrap items-end gap-2" role="group" aria-label="Filters">
      <FilterSelect id="filter-severity" label="Severity" value={value.severity} onChange={(v) => set("severity", v)} options={severities.map((s) => [s.key, s.key])} />
      <FilterSelect id="filter-status" label="Status" value={value.status} onChange={(v) => set("status", v)} anyLabel="Open" options={[["all", "All"], ...INCIDENT_STATUSES.map((s) => [s, STATUS_LABELS[s]] as [string, string])]} />
      <FilterSelect id="filter-category" label="Category" value={value.category} onChange={(v) => set("category", v)} options={INCIDENT_CATEGORIES.map((c) => [c, CATEGORY_LABELS[c]])} />
      <FilterSelect id="filter-lead" label="Lead" value={value.lead} onChange={(v) => set("lead", v)} options={people.map((p) => [p.id, p.name])} />
      <FilterSelect id="filter-drills" label="Drills" value={value.drills} onChange={(v) => set("drills", v)} anyLabel="Included" options={[["exclude", "Excluded"], ["only", "Only drills"]]} />
      <label className="flex h-10 items-center gap-2 text-sm">
        <input type="checkbox" checked={value.mine === "true"} onChange={(e) => set("mine", e.target.checked ? "true" : "")} /> Mine
      </label>
    </div>
  );
}

function FilterSelect({ id, label, value, onChange, options, anyLabel = "Any" }: { id: string; label: string; value?: string; onChange: (v: string) => void; options: [string, string][]; anyLabel?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-zinc-500">{label}</label>
      <Select id={id} value={value ?? ""} onChange={(e) => onChange(e.target.value)} className="h-9 w-auto min-w-28 py-1">
        <option value="">{anyLabel}</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>{text}</option>
        ))}
      </Select>
    </div>
  );
}
