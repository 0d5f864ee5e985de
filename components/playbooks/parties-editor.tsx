"use client";
import { Input } from "@/components/ui/input";
import { CONTACT_CATEGORIES, CONTACT_CATEGORY_LABELS } from "@/lib/notify/contacts/schemas";
import type { Party } from "@/lib/rules/playbooks/schema";
import type { SeverityOption } from "./playbook-settings";

// Which contact categories to involve, why, and when to call at each severity.
export function PartiesEditor({ parties, severities, onChange }: { parties: Party[]; severities: SeverityOption[]; onChange: (parties: Party[]) => void }) {
  const byCategory = new Map(parties.map((p) => [p.category, p]));
  const update = (category: Party["category"], patch: Partial<Party> | null) => {
    if (patch === null) return onChange(parties.filter((p) => p.category !== category));
    const existing = byCategory.get(category);
    onChange(existing ? parties.map((p) => (p.category === category ? { ...p, ...patch } : p)) : [...parties, { category, why: "", callWhen: {}, ...patch }]);
  };
  return (
    <fieldset>
      <legend className="text-sm font-semibold">Parties to involve</legend>
      <ul className="mt-2 space-y-2">
        {CONTACT_CATEGORIES.map((category) => {
          const party = byCategory.get(category);
          return (
            <li key={category} className="rounded-md border border-zinc-200 p-2 dark:border-zinc-800">
              <label className="flex items-center gap-2 text-sm font-medium">
                <input type="checkbox" checked={Boolean(party)} onChange={(e) => update(category, e.target.checked ? {} : null)} /> {CONTACT_CATEGORY_LABELS[category]}
              </label>
              {party && (
                <div className="mt-2 grid gap-2 sm:grid-cols-2">
                  <div className="sm:col-span-2">
                    <label htmlFor={`party-${category}-why`} className="text-xs font-medium">Why involve them</label>
                    <Input id={`party-${category}-why`} value={party.why} onChange={(e) => update(category, { why: e.target.value })} />
                  </div>
                  {severities.map((s) => (
                    <div key={s.key}>
                      <label htmlFor={`party-${category}-${s.key}`} className="text-xs font-medium">When to call at {s.key}</label>
                      <Input
                        id={`party-${category}-${s.key}`}
                        placeholder="Not at this severity"
                        value={party.callWhen[s.key] ?? ""}
                        onChange={(e) => {
                          const callWhen = { ...party.callWhen };
                          if (e.target.value) callWhen[s.key] = e.target.value;
                          else delete callWhen[s.key];
                          update(category, { callWhen });
                        }}
                      />
                    </div>
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
