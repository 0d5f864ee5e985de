"use client";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { EvidenceItem, PlaybookStep } from "@/lib/rules/playbooks/schema";
import { useRowIds } from "./use-row-ids";

// Evidence to collect before it is gone: what, why it can't wait, how long
// after declaration it is likely lost, and the step that collects it.
export function EvidenceEditor({ evidence, steps, onChange }: { evidence: EvidenceItem[]; steps: PlaybookStep[]; onChange: (evidence: EvidenceItem[]) => void }) {
  const rows = useRowIds(evidence.length, "evidence-row-");
  const update = (index: number, patch: Partial<EvidenceItem>) => onChange(evidence.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset>
      <legend className="text-sm font-semibold">Evidence to collect</legend>
      {evidence.length === 0 && <p className="mt-2 text-sm text-zinc-500">No evidence items.</p>}
      <ol className="mt-2 space-y-2">
        {evidence.map((item, index) => {
          const id = (field: string) => `${rows.ids[index]}-${field}`;
          const n = index + 1;
          return (
            <li key={rows.ids[index]} className="grid gap-2 rounded-md border border-zinc-200 p-3 sm:grid-cols-6 dark:border-zinc-800" data-testid={`editor-evidence-${index}`}>
              <div className="sm:col-span-4">
                <label htmlFor={id("what")} className="text-xs font-medium">Evidence {n}</label>
                <Input id={id("what")} value={item.what} onChange={(e) => update(index, { what: e.target.value })} placeholder="The suspect pod's logs" />
              </div>
              <div className="sm:col-span-2">
                <label htmlFor={id("key")} className="text-xs font-medium">Evidence {n} key</label>
                <Input id={id("key")} value={item.key} onChange={(e) => update(index, { key: e.target.value })} className="font-mono" />
              </div>
              <div className="sm:col-span-3">
                <label htmlFor={id("before")} className="text-xs font-medium">Collect evidence {n} before</label>
                <Input id={id("before")} value={item.collectBefore} onChange={(e) => update(index, { collectBefore: e.target.value })} placeholder="log rotation (about 1 hour)" />
              </div>
              <div className="sm:col-span-1">
                <label htmlFor={id("within")} className="text-xs font-medium">Within (minutes)</label>
                <Input id={id("within")} type="number" inputMode="numeric" min={0} value={Number.isNaN(item.withinMinutes) ? "" : item.withinMinutes} onChange={(e) => update(index, { withinMinutes: e.target.value === "" ? Number.NaN : Number(e.target.value) })} />
              </div>
              <div className="sm:col-span-2">
                <label htmlFor={id("step")} className="text-xs font-medium">Collected by step</label>
                <Select id={id("step")} value={item.stepKey ?? ""} onChange={(e) => update(index, { stepKey: e.target.value || undefined })}>
                  <option value="">No step</option>
                  {item.stepKey && !steps.some((s) => s.key === item.stepKey) && <option value={item.stepKey}>{item.stepKey} (no such step)</option>}
                  {steps.map((s, i) => <option key={`${s.key}-${i}`} value={s.key}>{s.title || s.key}</option>)}
                </Select>
              </div>
              <div className="flex items-end justify-end sm:col-span-6">
                <Button size="sm" variant="ghost" onClick={() => { rows.remove(index); onChange(evidence.filter((_, i) => i !== index)); }} aria-label={`Remove evidence ${n}${item.what ? ` "${item.what}"` : ""}`}>
                  <Trash2 className="size-4" aria-hidden />
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button className="mt-2" size="sm" variant="secondary" onClick={() => { rows.append(); onChange([...evidence, { key: `evidence-${evidence.length + 1}`, what: "", collectBefore: "", withinMinutes: 60 }]); }}>
        <Plus className="size-4" aria-hidden /> Add evidence item
      </Button>
    </fieldset>
  );
}
